# Functions that keep a registry in the module namespace through a local bound to globals(): get, setdefault, pop, update and `in`
import sys


def register(name, value):
    ns = globals()
    before = len(ns)
    ns.setdefault("registry_size", 0)
    ns["registry_size"] += 1
    ns[name] = value
    return len(ns) - before, sys.getrefcount(ns)


def lookup(name, default=None):
    table = globals()
    return table.get(name, default), name in table, table is globals()


def unregister(name):
    space = globals()
    space["registry_size"] -= 1
    return space.pop(name, "absent")


print(register("alpha", [1, 2]), register("beta", "b"), register("alpha", [3]))
print(alpha, beta, registry_size)
print(lookup("alpha"), lookup("gamma", "?"))
print(unregister("beta"), unregister("beta"), registry_size)
globals().update({"gamma": 3, "delta": 4})
print(gamma + delta, lookup("gamma"), len(globals()))
print(sys.getrefcount(globals()))
