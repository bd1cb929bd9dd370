# A direct sys.stdout.write allocates nothing the collector counts; print makes the
# bound write method and its argument tuple around each piece.
import gc
import sys

gc.collect()
sys.stdout.write("one\n")
print(gc.get_count())
gc.collect()
sys.stdout.write("two\n")
sys.stdout.write("three\n")
sys.stdout.flush()
print(gc.get_count())
gc.collect()
print("four", file=sys.stdout, flush=True)
print(gc.get_count())
gc.collect()
print("five", "six", sep=", ", end="!\n", file=sys.stdout)
print(gc.get_count())
gc.collect()
sys.stdout.writelines(["seven\n", "eight\n"])
print(gc.get_count())
