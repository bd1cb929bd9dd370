import weakref

class Thing:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f"Thing({self.label!r})"

def gone(ref):
    print("referent gone; ref now returns", ref())

t = Thing("x")
r = weakref.ref(t, gone)
print(r() is t, r())
print(weakref.getweakrefcount(t))
r2 = weakref.ref(t)
print(weakref.getweakrefcount(t), r2 is weakref.ref(t))
del t
print(r(), r2())
p_target = Thing("y")
p = weakref.proxy(p_target)
print(p.label)
del p_target
try:
    p.label
except ReferenceError as e:
    print("ReferenceError:", e)
