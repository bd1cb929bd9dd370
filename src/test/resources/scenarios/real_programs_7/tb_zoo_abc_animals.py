from abc import ABC, abstractmethod

class Animal(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    @abstractmethod
    def sound(self) -> str:
        ...

    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound()}"

class Dog(Animal):
    sound = lambda self: "woof"

class Cat(Animal):
    sound = lambda self: "meow"

class Puppy(Dog):
    def sound(self):
        return super().sound().upper() + "!"

try:
    Animal("generic")
except TypeError as e:
    print("TypeError:", e)

zoo = [Dog("Rex"), Cat("Tom"), Puppy("Bit")]
for a in zoo:
    print(a.speak())
print("animals made:", Animal.count)
print([cls.__name__ for cls in Puppy.__mro__])
print(isinstance(zoo[2], Dog), issubclass(Cat, Dog))
