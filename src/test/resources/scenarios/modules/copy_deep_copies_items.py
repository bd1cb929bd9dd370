# copy.deepcopy builds new lists by appending, so their sizes follow append's growth.
import copy, sys
inner = [1, 2, 3]
outer = [inner, inner]
d = copy.deepcopy(outer)
print(d == outer, d[0] is inner, d[0] is d[1], sys.getrefcount(inner), sys.getrefcount(d[0]))
print(sys.getsizeof(d), sys.getsizeof(d[0]), sys.getsizeof(copy.copy(inner)))
