# Finalizers: __del__ in a cycle, weakref.finalize, and what gc.collect() reports.
import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print(f"__del__ {self.name} (partner {self.partner.name if self.partner else None})")

gc.collect()
a, b = Resource("A"), Resource("B")
a.partner, b.partner = b, a
del a, b
print("before collect")
print("collected:", gc.collect())
print("garbage:", gc.garbage)

class Temp:
    pass

def report(name):
    print("finalize:", name)

t = Temp()
f = weakref.finalize(t, report, "temp-1")
print(f.alive, f.peek()[2:])
del t
print(f.alive)
t2 = Temp()
f2 = weakref.finalize(t2, report, "temp-2")
print(f2.detach()[2:], f2.alive)
del t2
t3 = Temp()
t3.me = t3
weakref.finalize(t3, report, "temp-3 in a cycle")
del t3
print("cycle pending")
print("collected:", gc.collect())
t4 = Temp()
weakref.finalize(t4, report, "temp-4 at exit")
print("end of program")
