import sys

class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = WithDict(1, 2)
b = WithSlots(1, 2)
print("dict instance:", sys.getsizeof(a))
print("its __dict__:", sys.getsizeof(a.__dict__))
print("slots instance:", sys.getsizeof(b))
print(hasattr(a, "__dict__"), hasattr(b, "__dict__"))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
a.z = 3
print(sorted(vars(a)))
print(WithSlots.__slots__)
items = [WithSlots(i, i * i) for i in range(100)]
print(sum(o.y for o in items), sys.getsizeof(items))
del b.x
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError:", e)
