import sys

print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
a = sys.intern("hello world " + str(1))
b = sys.intern("hello world 1")
print(a is b, a == b)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, type(sys.version_info).__name__)
print(sys.version_info[:2], sys.version_info.major)
print(type(sys.argv).__name__, len(sys.argv))
print(sys.float_info.max > 1e300, sys.int_info.bits_per_digit)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
