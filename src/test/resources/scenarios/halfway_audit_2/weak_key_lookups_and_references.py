# A WeakKeyDictionary or WeakSet looks a key up through ref(key): one that takes no weak reference is a
# TypeError (where `in` answers False); keyrefs()/valuerefs() list the weak references themselves.
import weakref


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"


t = Tag("t")
owners = weakref.WeakKeyDictionary({t: "owner"})
tags = weakref.WeakSet([t])
names = weakref.WeakValueDictionary(t=t)
for call in (lambda: owners.get(1), lambda: owners[1], lambda: tags.remove("x"), lambda: tags.discard(2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(1 in owners, "x" in tags, t in owners, t in tags)
refs = owners.keyrefs()
values = names.valuerefs()
print(len(refs), refs[0]() is t, len(values), values[0]() is t, values[0].key)
print([r() for r in names.itervaluerefs()], [r() for r in owners.keyrefs()])
print(weakref.WeakSet())
try:
    tags.keyrefs()
except AttributeError as e:
    print("AttributeError", e)
