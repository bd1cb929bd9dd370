# copy() of a split dict shares the names; dict() and update() build ordinary tables.
import sys, gc
class A:
    pass
a = A()
a.x = [1]
a.y = 2
c = a.__dict__.copy()
print(c, sys.getsizeof(c), gc.is_tracked(c))
print(sys.getsizeof(dict(a.__dict__)))
b = A()
b.__dict__.update({'z': 1, 'x': 2})
print(b.__dict__, sys.getsizeof(b.__dict__), b.z)
e = A()
e.__dict__.update(x=5)
print(e.x, sys.getsizeof(e.__dict__))
