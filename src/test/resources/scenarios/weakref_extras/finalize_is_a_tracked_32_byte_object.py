# a finalize object has empty __slots__: 32 bytes with its GC header; it is tracked
import gc
import sys
import weakref
class Resource:
    pass
r = Resource()
f = weakref.finalize(r, len, "x")
print(sys.getsizeof(f), gc.is_tracked(f))
print(f.atexit, f.alive, callable(f))
