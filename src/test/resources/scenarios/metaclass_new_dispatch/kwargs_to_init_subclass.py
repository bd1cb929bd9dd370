# Class keywords passed on through type.__new__ reach __init_subclass__.
import gc, sys
class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns, **kwargs)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
gc.collect()
class Child(Base, prefix="ch"):
    pass
print(gc.get_count(), Child.prefix)
try:
    class Plain(metaclass=Meta, prefix="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(gc.collect())
