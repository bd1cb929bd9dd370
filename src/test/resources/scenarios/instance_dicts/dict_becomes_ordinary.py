# A split __dict__ turns into an ordinary dict: a non-str key, a full table, popitem, clear.
import sys
class A:
    pass
a = A()
a.k = 1
d = a.__dict__
d[1] = 'one'
print(d, sys.getsizeof(d))
class B:
    pass
b = B()
for i in range(32):
    setattr(b, 'f%d' % i, i)
print(len(vars(b)), sys.getsizeof(vars(b)))
late = B()
print(sys.getsizeof(late.__dict__))
late.other = 1
print(sys.getsizeof(late.__dict__))
class C:
    pass
c = C()
c.p = 1
c.q = 2
print(c.__dict__.popitem(), sys.getsizeof(c.__dict__))
c2 = C()
c2.p = 1
c2.__dict__.clear()
print(c2.__dict__, sys.getsizeof(c2.__dict__))
