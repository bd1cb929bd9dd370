# The older spellings: super(Meta, cls).__new__ and type.__init__(cls, ...) called by name.
import gc, sys
class Meta(type):
    def __new__(cls, name, bases, attrs):
        attrs["made"] = True
        return super(Meta, cls).__new__(cls, name, bases, attrs)
    def __init__(cls, name, bases, attrs):
        type.__init__(cls, name, bases, attrs)
gc.collect()
class A(metaclass=Meta):
    pass
print(gc.get_count(), A.made)
class B(metaclass=Meta):
    x = 1
print(B.made, sys.getrefcount(B))
