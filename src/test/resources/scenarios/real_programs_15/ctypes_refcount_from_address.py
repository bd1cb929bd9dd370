# Read an object's reference count straight from memory with ctypes:
# unlike sys.getrefcount, this does not add a temporary reference.
import ctypes
import sys


def refcount(address):
    return ctypes.c_long.from_address(address).value


x = [1, 2, 3]
addr = id(x)
print("ctypes:", refcount(addr), "sys:", sys.getrefcount(x))
y = x
print("after alias:", refcount(addr))
holder = {"a": x, "b": [x, x]}
print("in a dict and a list:", refcount(addr))
del y
holder["b"].clear()
print("after del and clear:", refcount(addr))
del holder
print("after dropping the dict:", refcount(addr))
