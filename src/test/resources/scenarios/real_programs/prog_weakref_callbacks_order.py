# weakref callbacks fire newest first
import weakref
class Thing:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
def make_cb(label):
    def cb(ref):
        print("callback", label, ref() is None)
    return cb
t = Thing(1)
refs = [weakref.ref(t, make_cb(i)) for i in range(3)]
print(weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del t
print("after del")
u = Thing(2)
r = weakref.ref(u, make_cb("u"))
del r
del u
print("done")
