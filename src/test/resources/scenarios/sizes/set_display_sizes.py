# Small set displays use the minimal table; larger ones grow.
import sys
print(sys.getsizeof({1}))
print(sys.getsizeof({1, 2, 3, 4}))
print(sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])))
