# An ASCII string is 49 bytes plus one per character.
import sys
a = "a"
print(sys.getsizeof(""))
print(sys.getsizeof(a))
print(sys.getsizeof("hello"))
print(sys.getsizeof(a * 100))
