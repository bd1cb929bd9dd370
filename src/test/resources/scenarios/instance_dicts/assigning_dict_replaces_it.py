# obj.__dict__ = {...} replaces the attributes; the old dict lives on only if someone holds it.
import sys
class A:
    pass
a = A()
a.x = 1
old = a.__dict__
a.__dict__ = {'y': 2}
print(old, a.__dict__, a.y, hasattr(a, 'x'))
print(sys.getrefcount(old), sys.getsizeof(a.__dict__))
try:
    a.__dict__ = [('z', 1)]
except TypeError as e:
    print(e)
