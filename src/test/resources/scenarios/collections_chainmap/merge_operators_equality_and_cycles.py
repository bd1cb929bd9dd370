# | makes a new ChainMap (a copy updated with the right side), a dict on the left makes a one-map
# ChainMap, |= updates the first map; == compares as dicts. A cycle through a ChainMap is collected.
import gc
import weakref
from collections import ChainMap

base = {'a': 1, 'b': 2}
cm = ChainMap({'b': 20}, base)
print(cm | {'c': 3}, cm)
print({'z': 0, 'a': 9} | cm)
cm |= {'d': 4}
print(cm, cm == {'a': 1, 'b': 20, 'd': 4}, {'a': 1, 'b': 20, 'd': 4} == cm)
print(cm == ChainMap({'a': 1, 'b': 20, 'd': 4}), cm != {'a': 1})
print(sorted(cm), sorted(cm.items()), max(cm))
print(cm.keys() == {'a', 'b', 'd'}, {('d', 4)} == cm.items(), cm.keys() == base.keys(), cm.values() == cm.values())

gc.collect()
d = {}
loop = ChainMap(d)
d['self'] = loop
loop.maps.append(loop)
print(loop)
r = weakref.ref(loop)
del d, loop
print(r() is not None)
print(gc.collect())
print(r())
