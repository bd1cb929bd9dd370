import gc
import weakref


class Session:
    def __init__(self, user):
        self.user = user


def on_dead(ref):
    print("callback: a session died; ref now returns", ref())


gc.collect()
s1 = Session("amy")
s2 = Session("bo")
r1 = weakref.ref(s1, on_dead)
fin = weakref.finalize(s2, print, "finalize:", "bo logged out")
print("alive:", fin.alive, r1() is s1)
print("weakref count:", weakref.getweakrefcount(s1), weakref.getweakrefcount(s2))
del s1
print("after del s1")
print("finalize detach returns:", fin.detach() is not None, fin.alive)
del s2
print("after del s2 (detached, silent)")
s3 = Session("cy")
f3 = weakref.finalize(s3, lambda: print("cy done"))
s3.me = s3
del s3
print("before collect", f3.alive)
print("collected:", gc.collect())
print("f3 alive:", f3.alive)
