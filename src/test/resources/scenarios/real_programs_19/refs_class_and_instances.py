# A class is referenced by each of its instances (through __class__), by
# its subclasses' __bases__/__mro__, and by the module.
import sys


class Animal:
    pass


base = sys.getrefcount(Animal)
pets = [Animal() for _ in range(4)]
print("four instances add:", sys.getrefcount(Animal) - base)
pets.pop()
print("three instances:", sys.getrefcount(Animal) - base)


class Dog(Animal):
    pass


print("after a subclass:", sys.getrefcount(Animal) - base)
print("Dog's mro:", [c.__name__ for c in Dog.__mro__])
print("subclasses:", [c.__name__ for c in Animal.__subclasses__()])
pets.clear()
print("instances gone:", sys.getrefcount(Animal) - base)
del Dog
import gc
gc.collect()
print("subclass gone after collect:", sys.getrefcount(Animal) - base)
print("subclasses now:", Animal.__subclasses__())
