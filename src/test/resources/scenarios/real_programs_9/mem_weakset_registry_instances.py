import weakref
import gc


class Tracked:
    _instances = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Tracked._instances.add(self)

    @classmethod
    def live(cls):
        return sorted(t.name for t in cls._instances)

    def __repr__(self):
        return f"Tracked({self.name})"


a, b, c = Tracked("a"), Tracked("b"), Tracked("c")
print(Tracked.live(), len(Tracked._instances))
del b
print(Tracked.live())
group = [Tracked("d"), Tracked("e")]
print(Tracked.live())
group.pop()
print(Tracked.live())
a.friend = c
c.friend = a
del a, c
print("cycle still there:", Tracked.live())
gc.collect()
print("after collect:", Tracked.live())
x = Tracked("x")
print(x in Tracked._instances, Tracked("tmp") in Tracked._instances, Tracked.live())
