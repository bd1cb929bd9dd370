import gc
import sys

gc.collect()
sys.stderr.write("direct write\n")
print(gc.get_count())
gc.collect()
print("through print", file=sys.stderr)
print(gc.get_count())
gc.collect()
print("three", "pieces", file=sys.stderr)
print(gc.get_count())
gc.collect()
sys.stderr.writelines(["a\n", "b\n"])
print(gc.get_count())
