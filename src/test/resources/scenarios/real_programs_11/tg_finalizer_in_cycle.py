import gc

# test_gc: test_legacy_finalizer / test_finalizer, rewritten without unittest
class WithDel:
    def __del__(self):
        pass

class Plain:
    pass

gc.collect()
id_before = len(gc.garbage)
a = WithDel()
b = Plain()
a.b = b
b.a = a
del a, b
n = gc.collect()
print("collected with a finalizer in the cycle:", n)
print("nothing left in gc.garbage:", len(gc.garbage) == id_before)

class Both(WithDel, Plain):
    pass
x = Both()
x.me = x
del x
print("subclass with __del__:", gc.collect())
assert gc.garbage == []
print("ok")
