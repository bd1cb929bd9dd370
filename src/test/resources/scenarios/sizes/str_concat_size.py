# Concatenated and repeated ASCII strings are 49 bytes plus their length.
import sys
a = "ab"
b = a + "cde"
print(len(b), sys.getsizeof(b))
c = b * 3
print(len(c), sys.getsizeof(c))
print(sys.getsizeof(str(12345)))
