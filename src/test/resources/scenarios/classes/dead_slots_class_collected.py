# A dead class with __slots__ counts its member descriptors instead of __dict__/__weakref__ descriptors.
import gc
class Keep:
    pass
gc.collect()
class S:
    __slots__ = ("a", "b", "c")
del S
print("slots class", gc.collect())
class E:
    __slots__ = ()
del E
print("empty slots class", gc.collect())
