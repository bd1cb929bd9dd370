# The in-place special methods of builtin types are values too: they change self and return it.
import sys
x = [1]
r = x.__iadd__([2])
print(r is x, x, sys.getrefcount(x))
s = {1}
print(s.__ior__({2}), s.__iand__([1]), set.__ixor__(s, {3}))
d = {}
print(d.__ior__({1: 2}), list.__imul__(x, 2))
try:
    (1).__iadd__
except AttributeError as e:
    print(e)
