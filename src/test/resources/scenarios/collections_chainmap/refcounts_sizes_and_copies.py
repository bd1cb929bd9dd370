# A ChainMap is an instance of a Python class: one reference (its maps list, kept in the
# instance's values), 56 bytes; maps is a list sized exactly; copy() copies the first map only.
import copy
import sys
from collections import ChainMap

a = {'k': 1}
b = {'k': 2, 'j': 3}
print(sys.getrefcount(a), sys.getrefcount(b))
cm = ChainMap(a, b)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(cm), sys.getrefcount(cm.maps))
print(sys.getsizeof(cm), sys.getsizeof(cm.maps), sys.getsizeof(ChainMap().maps))
view = cm.keys()
print(sys.getrefcount(cm), sys.getsizeof(view), view, len(view), 'j' in view)
del view
print(sys.getrefcount(cm))
c2 = cm.copy()
print(c2, c2.maps[0] is a, c2.maps[1] is b, sys.getrefcount(b))
c3 = copy.copy(cm)
print(c3 == cm, c3.maps[0] is a, sys.getrefcount(b))
deep = copy.deepcopy(cm)
print(deep, deep.maps[1] is b, sys.getrefcount(b))
del c2, c3, deep
print(sys.getrefcount(a), sys.getrefcount(b))
m = cm.maps
del cm
print(sys.getrefcount(m), sys.getrefcount(a))
print(type(ChainMap()), isinstance(ChainMap(), dict), type(ChainMap().items()))
try:
    hash(ChainMap())
except TypeError as e:
    print(e)
