# namedtuple's __repr__ formats self.__class__.__name__, so a subclass prints its own name;
# the generated __new__ keeps the namedtuple's name in its errors.
from collections import namedtuple

class Vector(namedtuple('Pair', 'a b')):
    pass

v = Vector(1, 'two')
print(v)
print(repr(v), str(v), [v], {'v': v})
print(f'{v}', f'{v!r}', '%s' % (v,))
nested = Vector(v, Vector(None, [1, 2]))
print(nested)
try:
    Vector(1)
except TypeError as e:
    print(e)
