import sys

# write() answers how many characters it wrote, as stdout's does.
n = sys.stderr.write("warning: disk almost full\n")
print("wrote", n)
print("accents count once:", sys.stderr.write("café ☕\n"))
print("empty:", sys.stderr.write(""))
big = sys.stderr.write("x" * 300 + "\n")
print("long line:", big, type(big).__name__)
print("flush:", sys.stderr.flush())
