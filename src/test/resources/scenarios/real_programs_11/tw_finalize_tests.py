import weakref
import gc

# test_weakref: FinalizeTestCase basics
class A:
    pass

res = []

def add(x, y, z):
    res.append(x + y + z)
    return x + y + z

a = A()
f = weakref.finalize(a, add, 67, 43, z=89)
print("alive:", f.alive)
print("peek:", f.peek()[2:])
print("call:", f(), "again:", f())
print("alive after call:", f.alive, res)

res.clear()
a = A()
f = weakref.finalize(a, add, 1, 2, z=3)
print("detach:", f.detach()[2:], f.alive)
del a
print("no call after detach:", res)

a = A()
f = weakref.finalize(a, add, 10, 20, z=30)
del a
gc.collect()
print("called on death:", res, f.alive)
