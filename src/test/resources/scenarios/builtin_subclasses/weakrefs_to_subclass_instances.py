# int and tuple subclasses take no weak references; str and float subclasses do.
import weakref


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class F(float):
    pass


for make in (lambda: I(1), lambda: T(), lambda: S("s"), lambda: F(1.0)):
    obj = make()
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "weak ok", r() is obj)
        del obj
        print("after del:", r())
    except TypeError as e:
        print("TypeError:", e)
