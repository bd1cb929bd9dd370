# Bases: __mro__ and __bases__ name list; a class deriving from both list and dict is CPython's layout TypeError
class Base:
    def hello(self):
        return "hi from " + type(self).__name__
class Items(Base, list):
    pass
i = Items([1])
print(i.hello(), i, Items.__mro__)
print(Items.__bases__, issubclass(Items, list), issubclass(Items, dict))
class Sub(Items):
    pass
print(Sub.__mro__, Sub([2, 3]))
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
