# One base, two bases, a diamond and a deeper chain: the bases tuple, the MRO tuple (a list
# first when there are several bases) and each base's dict of subclasses, made with its first one.
import gc


class Animal:
    pass


class Pet:
    pass


gc.collect()
print("start", gc.get_count())


class Dog(Animal):
    pass


print("Dog(Animal), first subclass of Animal", gc.get_count())


class Cat(Animal):
    pass


print("Cat(Animal), second subclass", gc.get_count())


class House(Animal, Pet):
    pass


print("House(Animal, Pet)", gc.get_count())


class Puppy(Dog, Pet):
    pass


print("Puppy(Dog, Pet)", gc.get_count())
print(Puppy.__mro__)
print(gc.collect())
