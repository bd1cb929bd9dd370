# weakref.ref.__call__ read from the type: the older spelling of super().__call__() in a subclass.
import gc
import sys
import weakref


class Part:
    pass


class Labelled(weakref.ref):
    def __call__(self):
        ob = weakref.ref.__call__(self)
        return "gone" if ob is None else type(ob).__name__


class Bare(weakref.ref):
    pass


p = Part()
lab = Labelled(p)
bare = Bare(p)
plain = weakref.ref(p)
gc.collect()
print(gc.get_count())
print(lab(), gc.get_count())
print(Bare.__call__(bare) is p, weakref.ref.__call__(plain) is p, gc.get_count())
print(sys.getrefcount(p), sys.getrefcount(bare))
try:
    weakref.ref.__call__(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Bare.__call__(bare, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    bare(1)
except TypeError as e:
    print("TypeError:", e)
del p
print(lab(), Bare.__call__(bare), gc.get_count())
