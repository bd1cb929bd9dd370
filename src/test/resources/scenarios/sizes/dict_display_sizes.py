# Sizes of small dict displays.
import sys
print(sys.getsizeof({"a": 1}))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(sys.getsizeof({1: 1}))
