# __delattr__ runs for del obj.x and delattr(); object.__delattr__ and super().__delattr__ do the removal; a read-only record refuses both
import sys
class R:
    def __init__(self):
        self.a = 1
        self.b = [1]
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
r = R()
del r.a
print(vars(r))
try:
    del r.zz
except AttributeError as e:
    print(e)
delattr(r, "b")
print(vars(r))
class S(R):
    def __delattr__(self, name):
        print("S del", name)
        super().__delattr__(name)
s = S()
s.c = 2
del s.c
print(vars(s))
class Frozen:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen()
for action in ("set", "del"):
    try:
        if action == "set":
            f.x = 2
        else:
            del f.x
    except AttributeError as e:
        print(e)
print(f.x)
x = [1]
class Holder:
    def __delattr__(self, name):
        print("refs", sys.getrefcount(self))
        object.__delattr__(self, name)
h = Holder()
h.item = x
print(sys.getrefcount(x))
del h.item
print(sys.getrefcount(x))
