# An abstract property and an abstract method next to a concrete __init__; the error lists both names sorted
from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @property
    @abstractmethod
    def sound(self):
        pass
    @abstractmethod
    def move(self):
        pass
    def speak(self):
        return self.name + " says " + self.sound
class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    def move(self):
        return self.name + " runs"
try:
    Animal("generic")
except TypeError as e:
    print(e)
d = Dog("rex")
print(d.speak(), d.move(), d.name)
