# writelines pulls the generator one line at a time: each line is written before the next is made.
import sys


def lines(n):
    for i in range(n):
        print("making", i)
        yield f"line {i}\n"


sys.stdout.writelines(lines(3))
items = ["a\n", "b\n"]
print(sys.getrefcount(items[0]))
print(sys.stdout.writelines(items))
print(sys.getrefcount(items[0]))
sys.stdout.writelines(())
sys.stdout.writelines(c for c in "xyz\n")
