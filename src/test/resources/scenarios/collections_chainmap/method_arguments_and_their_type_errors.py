# ChainMap's methods are Python functions: keywords by parameter name, and CPython's messages for
# unexpected keywords and wrong counts name the class that defines each method.
from collections import ChainMap

c = ChainMap({'a': 1})
print(c.get('z', default=5), c.setdefault('q', default=3), c, c.get(key='a'))
print(c.new_child(m={'m': 0}), c.new_child(m=None, extra=1))
calls = [
    lambda: c.get('a', x=1), lambda: c.setdefault('a', x=1), lambda: c.pop('a', x=1),
    lambda: c.keys(x=1), lambda: c.get('a', 1, 2), lambda: c.keys(1), lambda: c.popitem(1),
    lambda: c.new_child({}, {}), lambda: c.get(), lambda: c.pop(), lambda: c.update({}, {}),
    lambda: c.copy(1), lambda: ChainMap(maps=[]), lambda: c[1:2], lambda: hash(c.items()),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
