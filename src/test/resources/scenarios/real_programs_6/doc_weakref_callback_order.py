import weakref

class Thing:
    def __init__(self, name):
        self.name = name

events = []

def make_cb(label):
    def cb(ref):
        events.append((label, ref() is None))
    return cb

t = Thing("t")
r1 = weakref.ref(t, make_cb("first"))
r2 = weakref.ref(t, make_cb("second"))
r3 = weakref.ref(t)
print(r1 is r2, r3 is weakref.ref(t))
print(weakref.getweakrefcount(t))
del t
print(events)
print(r1(), r2(), r3())
