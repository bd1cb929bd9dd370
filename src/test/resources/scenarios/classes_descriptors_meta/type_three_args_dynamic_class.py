import gc
import sys


def greet(self):
    return f"Hi, I am {self.name}"


def init(self, name):
    self.name = name


Person = type("Person", (), {"__init__": init, "greet": greet, "species": "human"})
p = Person("Ada")
print(p.greet(), p.species)
print(type(p).__name__, Person.__name__, Person.__qualname__, Person.__module__)
print(Person)
print(isinstance(p, Person), type(Person))
print(sys.getrefcount(greet), sys.getrefcount(Person))
print(Person.__mro__)
print(sys.getsizeof(p))
gc.collect()
print(gc.get_count())
del p
