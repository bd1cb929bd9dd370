# CPython stores ints in 30-bit digits; the size grows by 4 bytes per digit.
import sys

print("0:", sys.getsizeof(0))
for bits in [1, 29, 30, 31, 59, 60, 61, 90, 91, 120, 200]:
    n = 1 << (bits - 1)
    print("%3d bits -> %d bytes" % (bits, sys.getsizeof(n)))
print("negative same as positive:", sys.getsizeof(-(2**40)) == sys.getsizeof(2**40))
print("True:", sys.getsizeof(True), "False:", sys.getsizeof(False))
print("float:", sys.getsizeof(1.5), "complex:", sys.getsizeof(1j))
print("factorial(30) digits:", sys.getsizeof(2 ** 107) - sys.getsizeof(1))
