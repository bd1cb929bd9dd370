# weakref.ref(obj[, callback]) is a type call without vectorcall: its argument tuple is counted by gc.get_count() after a full collection (then reused from the free list)
import gc
import weakref


class Item:
    pass


def gone(ref):
    print("callback")


a, b = Item(), Item()
gc.collect()
r1 = weakref.ref(a)
print(gc.get_count())
gc.collect()
r2 = weakref.ref(b, gone)
print(gc.get_count())
r3 = weakref.ref(a, gone)
print(gc.get_count())
gc.collect()
refs = [weakref.ref(x, gone) for x in (a, b)]
print(gc.get_count())
print(r1() is a, r2() is b, len(refs))
