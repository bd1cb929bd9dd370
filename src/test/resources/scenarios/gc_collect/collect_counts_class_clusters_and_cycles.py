import sys, gc
gc.collect()
class A: pass
print(sys.getrefcount(A))
del A
print(gc.collect())
class B:
    x = 1
    def m(self): pass
    def n(self): pass
del B
print(gc.collect())
class C:
    def __del__(self): print("del C")
c = C()
print(sys.getrefcount(C))
del C
print(gc.collect())
del c
print(gc.collect())
def f(): pass
print(sys.getrefcount(f))
del f
print(gc.collect())
a = []; a.append(a)
del a
print(gc.collect())
class N:
    def __init__(self): self.o = None
x = N(); y = N(); x.o = y; y.o = x
del x, y
print(gc.collect())
d = {}; d['s'] = d
del d
print(gc.collect())
