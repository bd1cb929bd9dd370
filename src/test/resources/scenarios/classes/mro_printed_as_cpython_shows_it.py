# The method resolution order as tutorials print it: __mro__, mro(), names, bases.
class Animal:
    pass
class Swimmer(Animal):
    pass
class Flyer(Animal):
    pass
class Duck(Swimmer, Flyer):
    pass
print(Duck.__mro__)
print(Duck.mro())
print(' -> '.join(c.__name__ for c in Duck.__mro__))
print(Duck.__bases__, Duck.__base__, Animal.__bases__, Animal.__base__)
print(Duck.__mro__ == tuple(Duck.mro()), len(Animal.__mro__))
class Custom(ValueError):
    pass
print(Custom.__mro__)
print(Custom.__bases__, ValueError.__mro__ if False else '')
