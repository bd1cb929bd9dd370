# A tuple is 40 bytes plus 8 per item.
import sys
n = 1
print(sys.getsizeof((n,)))
print(sys.getsizeof((n, 2)))
print(sys.getsizeof((n, 2, 3, 4, 5)))
print(sys.getsizeof(tuple([1] * 10)))
