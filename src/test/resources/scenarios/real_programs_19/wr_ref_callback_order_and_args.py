# A weak reference's callback receives the (now dead) weak reference itself.
import weakref


class Target:
    def __init__(self, name):
        self.name = name


events = []


def on_death(ref):
    events.append(("dead", ref() is None, ref in watchers))


watchers = []
t = Target("t1")
for _ in range(3):
    watchers.append(weakref.ref(t, on_death))
print("distinct refs with callbacks:", len({id(w) for w in watchers}) == 3)
plain1 = weakref.ref(t)
plain2 = weakref.ref(t)
print("plain refs are shared:", plain1 is plain2)
print("count:", weakref.getweakrefcount(t))
del t
print("events:", events)
print("all dead:", [w() for w in watchers], plain1())

# Dead weak refs still compare by identity and keep their hash if taken before.
a = Target("a")
ra = weakref.ref(a)
h = hash(ra) == hash(a)
print("hash matches target:", h)
del a
print("dead ref hash kept:", hash(ra) is not None)
try:
    b = Target("b")
    rb = weakref.ref(b)
    del b
    hash(rb)
except TypeError as e:
    print("TypeError:", e)
