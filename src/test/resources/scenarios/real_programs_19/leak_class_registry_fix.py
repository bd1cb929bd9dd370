# A class-level list of every instance is a leak: instances never die.
# A WeakSet keeps the registry without owning the instances.
import weakref


class Leaky:
    instances = []

    def __init__(self, n):
        self.n = n
        Leaky.instances.append(self)


class Tidy:
    instances = weakref.WeakSet()

    def __init__(self, n):
        self.n = n
        Tidy.instances.add(self)


def burst(cls, k):
    for i in range(k):
        cls(i)


burst(Leaky, 5)
burst(Tidy, 5)
print("leaky registry:", len(Leaky.instances))
print("tidy registry:", len(Tidy.instances))
keep = [Tidy(100), Tidy(200)]
print("tidy with two kept:", sorted(t.n for t in Tidy.instances))
keep.pop()
print("after pop:", sorted(t.n for t in Tidy.instances))
