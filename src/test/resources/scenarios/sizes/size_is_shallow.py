# getsizeof counts only the container, not the objects it refers to.
import sys
big = "x" * 1000
print(sys.getsizeof([big]))
print(sys.getsizeof([1]))
print(sys.getsizeof((big, big)))
