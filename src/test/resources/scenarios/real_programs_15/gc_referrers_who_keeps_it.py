# A debugging session: an object refuses to die; ask the collector who
# still points at it, and remove those references one by one.
import gc
import weakref


class Session:
    def __init__(self, user):
        self.user = user


registry = []
by_user = {}
history = [["login"]]

s = Session("ada")
registry.append(s)
by_user["ada"] = s
history[0].append(s)
probe = weakref.ref(s)


def describe(holder):
    if holder is registry:
        return "registry list"
    if holder is by_user:
        return "by_user dict"
    if holder is history[0]:
        return "history entry"
    if holder is globals():
        return "module globals"
    return type(holder).__name__


def holders(obj):
    found = [describe(h) for h in gc.get_referrers(obj)]
    return sorted(found)


print(holders(s))
del s
print(holders(probe()))
registry.clear()
del by_user["ada"]
print(holders(probe()))
history[0].pop()
print("alive:", probe() is not None)
