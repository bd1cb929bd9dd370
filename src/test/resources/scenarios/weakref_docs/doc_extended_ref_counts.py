# The documentation's ExtendedRef, watched through reference counts, gc counts and callbacks.
import gc
import sys
import weakref


class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob


class Widget:
    pass


def farewell(r):
    print("farewell from", type(r).__name__, "with tag", r.tag, "calls so far:", vars(r)["_ExtendedRef__counter"])


w = Widget()
gc.collect()
print("before", gc.get_count(), sys.getrefcount(w))
r = ExtendedRef(w, farewell, tag="main")
print("after", gc.get_count(), sys.getrefcount(w), sys.getrefcount(r))
pair = r()
print(type(pair).__name__, pair[0] is w, pair[1], gc.get_count())
print(r()[1], r()[1], sys.getrefcount(w))
del pair
print(sys.getsizeof(r), gc.is_tracked(r), weakref.getweakrefcount(w))
print(weakref.getweakrefs(w)[0] is r, r.__callback__ is farewell)
print(sorted(vars(r).items()))
del w
print("dead:", r(), r.__callback__, gc.get_count())
