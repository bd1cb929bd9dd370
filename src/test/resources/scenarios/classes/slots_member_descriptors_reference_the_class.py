# Each __slots__ name is a member descriptor holding its class; no __dict__/__weakref__ descriptors then.
import sys
class Two:
    __slots__ = ("a", "b")
class One:
    __slots__ = "x"
class Empty:
    __slots__ = ()
class Sub(Two):
    __slots__ = ("c",)
print(sys.getrefcount(Two), sys.getrefcount(One), sys.getrefcount(Empty), sys.getrefcount(Sub))
