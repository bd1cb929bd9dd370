# A c_long made with from_address is a view: each read of .value reads the count as it is now.
import ctypes
import gc
import sys

data = {"a": 1}
view = ctypes.c_long.from_address(id(data))
print(view, view.value)
copies = [data for _ in range(5)]
print(view.value, view)
copies.clear()
print(view.value)
print(type(view), type(ctypes.c_long), ctypes.c_long.__name__)
print(sys.getsizeof(view), gc.is_tracked(view), gc.get_referents(view))
print(ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_int), ctypes.sizeof(view))
print(ctypes.c_ssize_t is ctypes.c_long, ctypes.c_int64 is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong)
small = ctypes.c_int.from_address(id(data))
print(small.value, small)
