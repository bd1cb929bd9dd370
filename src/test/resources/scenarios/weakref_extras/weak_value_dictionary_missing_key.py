# reading a key whose value has died is a KeyError
import weakref
class Item:
    pass
d = weakref.WeakValueDictionary()
x = Item()
d["x"] = x
del x
print("entries", len(d))
print(d["x"])
