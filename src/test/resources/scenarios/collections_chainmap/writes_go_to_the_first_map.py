# Assignment, deletion, pop and clear change only the first mapping; a key found only in a
# later mapping cannot be deleted through the ChainMap.
from collections import ChainMap

local = {}
outer = {'x': 1, 'y': 2}
scope = ChainMap(local, outer)
scope['x'] = 10
scope['z'] = 3
print(local, outer, scope['x'])
del scope['x']
print(scope['x'], local)
try:
    del scope['y']
except KeyError as e:
    print(repr(e), e)
print(scope.pop('z'), local)
try:
    scope.pop('y')
except KeyError as e:
    print(repr(e))
try:
    scope.popitem()
except KeyError as e:
    print(repr(e))
print(scope.pop('y', 'default'))
scope.update({'a': 1}, b=2)
print(scope.setdefault('a', 5), scope.setdefault('c', 7), local)
scope.clear()
print(local, outer, scope)
scope.maps.insert(0, {'x': 'front'})
scope.maps.append({'w': 0})
print(scope['x'], scope['w'], scope.maps)
