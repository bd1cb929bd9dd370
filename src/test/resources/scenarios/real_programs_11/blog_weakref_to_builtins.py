import weakref

candidates = [("int", 5), ("str", "text"), ("list", [1]), ("dict", {}), ("tuple", (1,)),
              ("set", {1}), ("function", lambda: None), ("class", int)]
for name, value in candidates:
    try:
        weakref.ref(value)
        print(f"{name:>8}: weakref OK")
    except TypeError as e:
        print(f"{name:>8}: {e}")

class MyList(list):
    pass

class MyDict(dict):
    pass

for cls in (MyList, MyDict):
    obj = cls()
    r = weakref.ref(obj)
    print(cls.__name__, "subclass supports weakref:", r() is obj)

class Slotted:
    __slots__ = ("a",)

try:
    weakref.ref(Slotted())
except TypeError as e:
    print("slots without __weakref__:", e)

class SlottedWeak:
    __slots__ = ("a", "__weakref__")

s = SlottedWeak()
print("with __weakref__ slot:", weakref.ref(s)() is s)
