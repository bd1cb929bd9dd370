# An exhausted list_reverseiterator releases its list.
import sys
a = [1, 2]
r = reversed(a)
print(sys.getrefcount(a))
print(list(r))
print(sys.getrefcount(a))
