# weakref docs style: ref, callback, finalize
import weakref

class Object:
    pass

o = Object()
r = weakref.ref(o)
o2 = r()
print(o is o2)
del o, o2
print(r())

class Widget:
    def __init__(self, name):
        self.name = name

def report(name):
    print("finalized", name)

w = Widget("button")
f = weakref.finalize(w, report, w.name)
print(f.alive)
del w
print(f.alive)
k = Widget("k")
d = weakref.WeakKeyDictionary()
d[k] = "meta"
print(len(d), d[k])
del k
print(len(d))
