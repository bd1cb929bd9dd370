# A cache registry that sorts its weak containers by type before reporting what they still hold.
import gc
import weakref


class Session:
    def __init__(self, name):
        self.name = name

    def close(self):
        return self.name


alice, bob = Session("alice"), Session("bob")
holders = [
    weakref.WeakSet([alice, bob]),
    weakref.WeakValueDictionary({"a": alice}),
    weakref.WeakKeyDictionary({bob: "idle"}),
    weakref.WeakMethod(alice.close),
    weakref.ref(bob),
]
classes = [weakref.WeakSet, weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakMethod, weakref.ref]
for holder, cls in zip(holders, classes):
    kind = type(holder)
    print(kind, kind.__name__, kind is cls,
          isinstance(holder, (weakref.WeakSet, weakref.WeakKeyDictionary)), isinstance(holder, weakref.ref))
print(type(weakref.WeakSet), type(weakref.WeakValueDictionary), type(weakref.finalize))
del alice
gc.collect()
print(len(holders[0]), len(holders[1]), holders[3]() is None)
