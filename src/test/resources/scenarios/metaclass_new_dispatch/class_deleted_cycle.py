# A class made by a metaclass __new__ is freed by the collector once unreachable.
import gc, sys, weakref
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.created = True
        return cls
class Temp(metaclass=Meta):
    def method(self):
        return 1
r = weakref.ref(Temp, lambda ref: print("Temp is gone"))
print(sys.getrefcount(Temp), sys.getrefcount(Meta))
del Temp
print("collected:", gc.collect())
print(r(), sys.getrefcount(Meta))
