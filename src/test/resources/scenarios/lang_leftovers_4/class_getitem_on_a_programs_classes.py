# A class's __class_getitem__ answers Class[item]: type_new makes the plain function a classmethod,
# PyObject_GetItem reads it from the class (a new bound method, dropped after the call) and calls it
# with the key (a tuple for Class[a, b]); a subclass inherits it, None switches it off, and a class
# without one is "not subscriptable". A subclass of list or dict makes a types.GenericAlias.
import gc
import sys


class Key:
    pass


class Registry:
    seen = []

    def __class_getitem__(cls, item):
        print("inside:", cls.__name__, sys.getrefcount(cls), sys.getrefcount(item))
        Registry.seen.append(item)
        return f"{cls.__name__}[{type(item).__name__}]"


k = Key()
print(sys.getrefcount(Registry), sys.getrefcount(k))
gc.collect()
print(Registry[k], gc.get_count(), sys.getrefcount(k))
print(type(Registry.__dict__["__class_getitem__"]).__name__, Registry.__class_getitem__(Key()))


class Special(Registry):
    pass


print(Special[k, k], len(Registry.seen), sys.getrefcount(k))


class Off(Registry):
    __class_getitem__ = None


class Plain:
    pass


for cls in (Off, Plain):
    try:
        cls[1]
    except TypeError as e:
        print(e)
try:
    Registry()[0]
except TypeError as e:
    print(e)


class Pair:
    __class_getitem__ = classmethod(lambda cls, params: (cls.__name__, params))


class Raw:
    pass


Raw.__class_getitem__ = lambda item: ("raw", item)
print(Pair[1, 2], Pair[()], Raw[5])


class Stack(list):
    pass


class Table(dict):
    pass


gc.collect()
alias = Stack[int]
print(alias, Table[str, int], alias.__origin__ is Stack, gc.get_count())
gc.collect()
Registry.seen.clear()
tag = Registry[Key()]
print(tag, gc.get_count())
