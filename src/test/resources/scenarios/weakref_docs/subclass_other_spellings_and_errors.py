# weakref.ref as a base under its other names, and the errors weakref's __new__ raises.
import weakref
from weakref import ref, ReferenceType


class Viaref(ref):
    pass


class ViaReferenceType(weakref.ReferenceType):
    pass


class Deeper(ViaReferenceType):
    def __call__(self):
        got = super().__call__()
        return "dead" if got is None else "alive"


class Box:
    pass


box = Box()
print(Viaref(box)() is box, ViaReferenceType(box)() is box, Deeper(box)())
print(Viaref.__bases__, Deeper.__mro__)
try:
    Viaref(box, None, extra=1)
except TypeError as e:
    print("TypeError:", e)
for args in [(), (box, None, None), (3,)]:
    try:
        Viaref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Viaref(box)(1)
except TypeError as e:
    print("TypeError:", e)
d = Deeper(box)
del box
print(d())
print(ReferenceType is ref)
