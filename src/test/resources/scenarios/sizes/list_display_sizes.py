# Displays of names are exact (56 + 8 per item); displays of 3+ constants are built by extend, rounded up to an even capacity.
import sys
x = 1
print(sys.getsizeof([x]))
print(sys.getsizeof([x, x, x]))
print(sys.getsizeof([x, x, x, x, x]))
print(sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4, 5]))
