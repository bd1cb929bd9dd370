import ctypes
import sys

def refs(obj_id):
    return ctypes.c_long.from_address(obj_id).value

data = [1, 2, 3]
addr = id(data)
print(refs(addr), sys.getrefcount(data))
more = [data, data]
print(refs(addr))
alias = data
print(refs(addr))
del more
print(refs(addr))
del alias
print(refs(addr))
