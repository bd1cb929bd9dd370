# gc.get_count() after class statements whose metaclass has __prepare__.
import gc
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
gc.collect()
class A(metaclass=Ordered):
    z = 1
    a = 2
print(gc.get_count())
gc.collect()
class B(A):
    m = 3
print(gc.get_count(), A.order, B.order)
