# gc.get_count() after class statements whose metaclass defines __new__, __init__ or both.
import gc
class New(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class Init(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
class Both(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
gc.collect()
class A(metaclass=New):
    pass
print(gc.get_count())
gc.collect()
class B(metaclass=Init):
    pass
print(gc.get_count())
gc.collect()
class C(metaclass=Both):
    pass
print(gc.get_count())
gc.collect()
class D(A):
    pass
print(gc.get_count())
gc.collect()
class E(C):
    x = 1
    def m(self):
        return self.x
print(gc.get_count())
