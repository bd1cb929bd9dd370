# abstract base classes for animals
from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        ...
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Dog(Animal):
    def sound(self):
        return "woof"
class Cat(Animal):
    def sound(self):
        return "meow"
    def speak(self):
        return super().speak().upper()
for a in [Dog("rex"), Cat("tom")]:
    print(a.speak())
try:
    Animal("x")
except TypeError as e:
    print(e)
print(isinstance(Dog("d"), Animal), Dog.__mro__[1].__name__)
