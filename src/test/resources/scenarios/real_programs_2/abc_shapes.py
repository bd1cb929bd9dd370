from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...
    def intro(self):
        return f"I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
try:
    Animal()
except TypeError as e:
    print(e)
print(Cat().intro())
