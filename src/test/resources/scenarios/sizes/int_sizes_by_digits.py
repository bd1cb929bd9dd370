# Ints are 28 bytes up to one 30-bit digit (zero included), then 4 more bytes per digit.
import sys
print(sys.getsizeof(0))
print(sys.getsizeof(1))
print(sys.getsizeof(-1))
print(sys.getsizeof(1073741823))
print(sys.getsizeof(1073741824))
print(sys.getsizeof(1152921504606846976))
print(sys.getsizeof(1237940039285380274899124224))
print(sys.getsizeof(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000))
