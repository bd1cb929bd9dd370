import weakref
import gc

class Resource:
    def __init__(self, name):
        self.name = name

events = []

def make_cb(label):
    def cb(ref):
        events.append(label)
    return cb

r = Resource("r")
w1 = weakref.ref(r, make_cb("first"))
w2 = weakref.ref(r, make_cb("second"))
w3 = weakref.ref(r, make_cb("third"))
print(weakref.getweakrefcount(r), w1 is w2)
del r
print(events)

events.clear()
a = Resource("a")
b = Resource("b")
a.b, b.a = b, a
wa = weakref.ref(a, make_cb("a died"))
wb = weakref.ref(b, make_cb("b died"))
del a, b
print(events, wa() is not None)
gc.collect()
print(sorted(events), wa(), wb())

class Holder:
    pass
h = Holder()
cb_ref = weakref.ref(h, lambda ref: events.append("holder"))
del cb_ref
del h
print(events[-1])
