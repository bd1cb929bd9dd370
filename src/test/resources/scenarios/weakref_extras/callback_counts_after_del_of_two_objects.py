# Two objects with two callbacks each: what gc.get_count() sees when they go,
# and lambdas kept only by their weak references freed after the callbacks.
import gc, sys, weakref

class Obj:
    pass

def cb1(r):
    print("cb1", gc.get_count())

def cb2(r):
    print("cb2", gc.get_count())

a = Obj()
b = Obj()
ra1 = weakref.ref(a, cb1)
ra2 = weakref.ref(a, cb2)
rb1 = weakref.ref(b, cb1)
rb2 = weakref.ref(b, cb2)
gc.collect()
print(gc.get_count())
del a, b
print(gc.get_count())

v = Obj()
refs = [weakref.ref(v, lambda r, i=i: print("lambda", i, sys.getrefcount(r))) for i in range(4)]
gc.collect()
del v
print(gc.get_count())
one = Obj()
lone = weakref.ref(one, lambda r: print("lone", sys.getrefcount(r), gc.get_count()))
gc.collect()
del one
print(gc.get_count())
del refs
print(gc.get_count())
