# A weak reference callback gets the dead reference, not the object; it
# can only clean up bookkeeping, never bring the object back.
import weakref

registry = {}
removed = []


def forget(ref):
    for key, value in list(registry.items()):
        if value is ref:
            del registry[key]
            removed.append(key)


class Client:
    def __init__(self, name):
        self.name = name


clients = [Client(n) for n in ("x", "y", "z")]
for c in clients:
    registry[c.name] = weakref.ref(c, forget)
print(sorted(registry))
clients.pop(1)
print(sorted(registry), removed)
print([ref().name for ref in registry.values()])
clients.clear()
print(sorted(registry), removed)
