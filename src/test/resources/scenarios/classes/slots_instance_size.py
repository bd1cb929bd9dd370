# __slots__ removes the instance dict and weakref slot: 16 + 8 per slot + 16 bytes of GC header.
import sys
class Plain:
    pass
class Two:
    __slots__ = ("a", "b")
class Empty:
    __slots__ = ()
class Three(Two):
    __slots__ = ("c",)
class Open(Two):
    pass
print(sys.getsizeof(Plain()), sys.getsizeof(Two()), sys.getsizeof(Empty()), sys.getsizeof(Three()), sys.getsizeof(Open()))
