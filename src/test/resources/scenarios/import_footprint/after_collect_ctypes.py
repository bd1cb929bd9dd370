# import ctypes right after gc.collect(): its classes start one collection while it loads
import gc

gc.collect()
import ctypes
print(gc.get_count(), ctypes.sizeof(ctypes.c_int))
