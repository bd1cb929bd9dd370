# A dataclass deriving from a dataclass takes the base's fields first; a method the class
# defines itself is kept.
import sys
from dataclasses import dataclass

@dataclass
class Animal:
    name: str
    legs: int = 4

@dataclass
class Dog(Animal):
    breed: str = "mutt"

    def __repr__(self):
        return f"<Dog {self.name}>"

@dataclass
class Bird(Animal):
    legs: int = 2
    flies: bool = True

d = Dog("rex")
b = Bird("tweety")
print(d, b, Dog("a", 3, "pug").breed, list(Bird.__dataclass_fields__), Bird.__match_args__)
print(d == Dog("rex"), d == Animal("rex"), isinstance(d, Animal), sys.getsizeof(d), sys.getrefcount(Animal))
