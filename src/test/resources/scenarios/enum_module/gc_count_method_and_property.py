import gc
from enum import Enum
gc.collect()
class A(Enum):
    X = 1
    Y = 2
    Z = 3
print(gc.get_count())
gc.collect()
class B(Enum):
    X = 1
    Y = 2
    Z = 3
    def m(self): return 1
print(gc.get_count())
gc.collect()
class C(Enum):
    X = 1
    Y = 2
    Z = 3
    @property
    def p(self): return 1
print(gc.get_count())
gc.collect()
class D:
    @property
    def p(self): return 1
print(gc.get_count())
