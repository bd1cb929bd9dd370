# With __slots__ = () the instance is a tuple's size; without, it carries a __dict__ pointer
# (tuple is var-sized: no __weakref__ slot either way).
import sys
from collections import namedtuple

Base = namedtuple('Point', 'x y')

class Slim(Base):
    __slots__ = ()

class Open(Base):
    pass

s, o = Slim(1, 2), Open(1, 2)
print(sys.getsizeof(Base(1, 2)), sys.getsizeof(s), sys.getsizeof(o), sys.getsizeof((1, 2)))
print(hasattr(s, '__dict__'), hasattr(o, '__dict__'), o.__dict__)
o.note = 'hi'
print(o.__dict__, sys.getsizeof(o), sys.getsizeof(o.__dict__))
try:
    s.note = 'hi'
except AttributeError as e:
    print('AttributeError:', e)
print(sys.getsizeof(Slim(1, 2, )), sys.getsizeof(Open(*range(2))))
