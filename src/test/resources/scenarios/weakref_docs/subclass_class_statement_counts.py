# What a class statement deriving from weakref.ref allocates, and what collecting it frees.
import gc
import sys
import weakref

gc.collect()
print(gc.get_count())


class First(weakref.ref):
    pass


print("one class", gc.get_count())


class Second(weakref.ref):
    __slots__ = ()


print("slots class", gc.get_count())


class Third(First):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)


print("derived class", gc.get_count(), sys.getrefcount(First))
del First, Second, Third
print("collected", gc.collect())
