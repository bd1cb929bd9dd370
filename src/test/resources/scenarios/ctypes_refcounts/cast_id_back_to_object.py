# cast(id(x), py_object) turns an id back into its object; the py_object holds no reference,
# while py_object(x) does.
import ctypes
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


n = Node("a")
address = id(n)
view = ctypes.cast(address, ctypes.py_object)
print(view, sys.getrefcount(n))
same = view.value
print(same is n, sys.getrefcount(n))
del same
owner = ctypes.py_object(n)
print(owner, sys.getrefcount(n), gc.get_referents(owner))
print(ctypes.py_object(), ctypes.c_long(), ctypes.c_long(42).value, ctypes.c_long(-5))
print(ctypes.c_int(2**40).value, ctypes.c_byte(200), ctypes.c_ulong(-1).value, ctypes.c_uint(-1))
del owner
print(sys.getrefcount(n))
a, b = Node("x"), Node("y")
a.peer, b.peer = b, a
ids = id(a), id(b)
print(ctypes.c_long.from_address(ids[0]).value, ctypes.c_long.from_address(ids[1]).value)
del a
print(ctypes.c_long.from_address(ids[0]).value, ctypes.cast(ids[0], ctypes.py_object).value)
del b
print(gc.collect())
