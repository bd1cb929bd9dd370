import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def cb(w): print("cb")
a = A(1); b = A(2); a.o = b; b.o = a
wa = weakref.ref(a, cb); wb = weakref.ref(b, cb)
del a, b
print(gc.collect())
print("--")
x = A(3)
x.self = x
r = weakref.ref(x, cb)
del x
print(gc.collect())
l = [A(4), A(5), A(6)]
del l
d = {'a': A(7), 'b': A(8)}
d = None
t = (A(9), A(10))
del t
class B:
    def __init__(self): self.p = A(11); self.q = A(12)
bb = B()
del bb
y = A(13)
y = A(14)
def f():
    z = A(15)
    w = A(16)
    return 1
f()
print("end")
g1 = A(17)
_g2 = A(18)
g3 = A(19)
