import weakref, gc
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
def cb(r):
    print("weakref callback")
r = Res(1)
w = weakref.ref(r, cb)
del r
print("--")
a, b = Res(2), Res(3)
a.b, b.a = b, a
wa = weakref.ref(a, lambda _: print("cb a"))
del a, b
gc.collect()
print(wa())
