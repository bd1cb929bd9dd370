# Each frame that binds an object as a local adds one reference; they
# unwind when the calls return.
import sys

thing = ["payload"]
base = sys.getrefcount(thing)


def depth(x, n):
    if n == 0:
        return sys.getrefcount(x) - base
    return depth(x, n - 1)


for n in range(5):
    print("recursion depth", n, "-> extra refs", depth(thing, n))


def star(*args):
    return sys.getrefcount(thing) - base


def kw(**kwargs):
    return sys.getrefcount(thing) - base


print("through *args:", star(thing))
print("twice through *args:", star(thing, thing))
print("through **kwargs:", kw(a=thing))
print("method on the object:", thing.__len__() and sys.getrefcount(thing) - base)
lam = lambda y: sys.getrefcount(thing) - base
print("lambda:", lam(thing))
print("map over a list of it:", list(map(lambda y: sys.getrefcount(thing) - base, [thing])))
print("after everything:", sys.getrefcount(thing) - base)
