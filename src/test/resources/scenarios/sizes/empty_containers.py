# Sizes of empty containers on 64-bit CPython 3.11.
import sys
print("list", sys.getsizeof([]))
print("tuple", sys.getsizeof(()))
print("dict", sys.getsizeof({}))
print("set", sys.getsizeof(set()))
print("str", sys.getsizeof(""))
