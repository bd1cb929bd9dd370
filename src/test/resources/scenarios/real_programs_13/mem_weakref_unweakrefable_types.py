import weakref

class Normal:
    pass

class Slotted:
    __slots__ = ("a",)

class SlottedWeak:
    __slots__ = ("a", "__weakref__")

class MyList(list):
    pass

tests = [("instance", Normal()), ("slots", Slotted()), ("slots+weakref", SlottedWeak()),
         ("int", 5), ("str", "s"), ("list", []), ("dict", {}), ("tuple", ()),
         ("list subclass", MyList()), ("function", lambda: 0), ("class", Normal),
         ("set", set())]
for label, obj in tests:
    try:
        weakref.ref(obj)
        print(f"{label:14} ok")
    except TypeError as e:
        print(f"{label:14} TypeError: {e}")
