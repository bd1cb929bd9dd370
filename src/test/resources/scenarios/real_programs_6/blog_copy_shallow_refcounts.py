import copy
import sys

inner = [1, 2]
outer = [inner, inner]
print(sys.getrefcount(inner))
shallow = copy.copy(outer)
print(sys.getrefcount(inner), shallow[0] is inner)
deep = copy.deepcopy(outer)
print(sys.getrefcount(inner), deep[0] is deep[1], deep[0] is inner)
sliced = outer[:]
listed = list(outer)
print(sys.getrefcount(inner))
del shallow, sliced, listed
print(sys.getrefcount(inner))
d = {"k": inner}
dc = d.copy()
print(sys.getrefcount(inner), dc["k"] is inner)
