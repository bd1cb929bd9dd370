import weakref, gc

class TempResource:
    def __init__(self, name):
        self.name = name

def cleanup(name):
    print("cleaning up", name)

r = TempResource("tmp1")
f = weakref.finalize(r, cleanup, r.name)
print(f.alive)
del r
print(f.alive)
r2 = TempResource("tmp2")
f2 = weakref.finalize(r2, cleanup, "tmp2")
print(f2.peek()[2:])
f2()
print(f2.alive, f2())
r3 = TempResource("tmp3")
f3 = weakref.finalize(r3, cleanup, "tmp3")
f3.detach()
del r3
print("end")
