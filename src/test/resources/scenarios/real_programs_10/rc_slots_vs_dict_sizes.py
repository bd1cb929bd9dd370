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
print("instance sizes:", sys.getsizeof(a), sys.getsizeof(b))
print("dict size:", sys.getsizeof(a.__dict__))
print(hasattr(b, "__dict__"), WithSlots.__slots__)
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
a.z = 3
print(sorted(vars(a)))
del b.x
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError:", e)
objs = [WithSlots(i, i) for i in range(3)]
print(sum(sys.getsizeof(o) for o in objs))
for container in ([], [1], [1, 2, 3, 4, 5], (), (1,), {}, {"a": 1}, set(), {1}, "", "abc", b"", b"abc"):
    print(f"{type(container).__name__:>6} {container!r:<20} {sys.getsizeof(container)}")
