import sys
import gc

class Secret:
    __slots__ = ("__key", "label")

    def __init__(self, key, label):
        self.__key = key
        self.label = label

    def reveal(self):
        return self.__key

class Open:
    def __init__(self, key, label):
        self.__key = key
        self.label = label

s, o = Secret([1, 2], "s"), Open([1, 2], "o")
print(sys.getsizeof(s), sys.getsizeof(o), sys.getsizeof(o.__dict__))
print(list(o.__dict__), hasattr(s, "__dict__"))
key = s.reveal()
print(sys.getrefcount(key), sys.getrefcount(o._Open__key))
print(gc.is_tracked(s), gc.is_tracked(o))
del s
print(sys.getrefcount(key))
print(Secret.__slots__, sorted(n for n in dir(Secret) if "key" in n))
