# getsizeof of method descriptors, slot wrappers and bound builtins
import sys
print(sys.getsizeof(str.upper), sys.getsizeof(int.__add__), sys.getsizeof(dict.fromkeys))
print(sys.getsizeof("ab".upper), sys.getsizeof([1].__len__))
