# reading the reference count with ctypes
import ctypes
import sys

def ref_count(address):
    return ctypes.c_long.from_address(address).value

x = [1, 2, 3]
addr = id(x)
print(ref_count(addr))
y = x
print(ref_count(addr), sys.getrefcount(x))
z = [x, x]
print(ref_count(addr))
del y, z
print(ref_count(addr))
obj = ctypes.cast(addr, ctypes.py_object).value
print(obj is x, ref_count(addr))
del obj
print(ref_count(addr))
