# Without __weakref__ in __slots__, an instance cannot be weakly referenced.
import weakref
class Plain:
    pass
class Slotted:
    __slots__ = ("x",)
r = weakref.ref(Plain())
print(r())
weakref.ref(Slotted())
