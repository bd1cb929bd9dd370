# copy.copy of a list is a new list holding the same items.
import copy, sys
inner = [1, 2]
outer = [inner, [3]]
print(sys.getrefcount(inner))
c = copy.copy(outer)
print(c == outer, c is outer, c[0] is inner, sys.getrefcount(inner), sys.getsizeof(c))
