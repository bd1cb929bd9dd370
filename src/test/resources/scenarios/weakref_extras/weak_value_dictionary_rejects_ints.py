# values must be weakly referenceable: an int is a TypeError
import weakref
d = weakref.WeakValueDictionary()
print("empty", len(d))
d["n"] = 12345
