# Every float is 24 bytes, whatever its value.
import sys
x = 1.5
print(sys.getsizeof(x * 1000000), sys.getsizeof(x - x), sys.getsizeof(-x))
