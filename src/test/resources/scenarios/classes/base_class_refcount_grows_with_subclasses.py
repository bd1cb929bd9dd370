# A subclass holds its base three times (tp_base, __bases__, __mro__); a grandchild adds one more via its __mro__.
import sys
class Animal:
    pass
print("Animal alone", sys.getrefcount(Animal))
class Dog(Animal):
    pass
print("Animal with Dog", sys.getrefcount(Animal), "Dog", sys.getrefcount(Dog))
class Puppy(Dog):
    pass
print("Animal", sys.getrefcount(Animal), "Dog", sys.getrefcount(Dog), "Puppy", sys.getrefcount(Puppy))
