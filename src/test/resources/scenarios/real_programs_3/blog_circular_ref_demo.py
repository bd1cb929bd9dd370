import gc
import ctypes

class Obj:
    pass

def refcount(address):
    return ctypes.c_long.from_address(address).value

gc.disable()
x = Obj()
y = Obj()
x.partner = y
y.partner = x
x_addr, y_addr = id(x), id(y)
print(refcount(x_addr), refcount(y_addr))
del x, y
print(refcount(x_addr), refcount(y_addr))
print(gc.collect())
gc.enable()
