import weakref


class WithSlots:
    __slots__ = ("value",)


class WithWeakSlot:
    __slots__ = ("value", "__weakref__")


class Plain:
    pass


for cls in (WithSlots, WithWeakSlot, Plain):
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "weakref ok", r() is obj, weakref.getweakrefcount(obj))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

for value in (1, "s", [1], {}, (1,), None, Plain, len, lambda: 0):
    try:
        weakref.ref(value)
        print(type(value).__name__, "yes")
    except TypeError:
        print(type(value).__name__, "no")


class MyList(list):
    pass


ml = MyList([1, 2])
r = weakref.ref(ml)
print(r() == [1, 2], weakref.getweakrefcount(ml))
r2 = weakref.ref(ml)
print(r is r2, len(weakref.getweakrefs(ml)))
del ml
print(r(), r2())
