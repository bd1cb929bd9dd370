from abc import ABC, abstractmethod
class Stack(list):
    limit = 3
class Tags(set):
    pass
class Config(dict):
    pass
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 1
for c in (Stack, Tags, Config, Shape, Sq):
    print(c.__name__, [n for n in ("__dict__", "__weakref__", "__module__", "__doc__", "limit", "area", "__slots__", "__abstractmethods__", "_abc_impl") if n in vars(c)])
print(vars(Stack)["limit"], "append" in vars(list), "append" in vars(Stack), "__init__" in vars(object))
