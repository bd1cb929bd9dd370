# gc.get_count() for class statements passing keywords to the metaclass.
import gc
class Options(type):
    def __new__(mcs, name, bases, ns, **options):
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = options
        return cls
    def __init__(cls, name, bases, ns, **options):
        super().__init__(name, bases, ns)
gc.collect()
class A(metaclass=Options):
    pass
print(gc.get_count())
gc.collect()
class B(metaclass=Options, debug=True):
    pass
print(gc.get_count())
gc.collect()
class C(B, level=2):
    pass
print(gc.get_count(), A.options, B.options, C.options)
