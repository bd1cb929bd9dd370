# getsizeof and gc tracking of a WeakMethod
import weakref, sys, gc
class C:
    def m(self):
        pass
c = C()
wm = weakref.WeakMethod(c.m)
print(sys.getsizeof(wm), gc.is_tracked(wm), type(wm).__name__)
