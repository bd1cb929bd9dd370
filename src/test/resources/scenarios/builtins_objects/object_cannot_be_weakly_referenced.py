# object() has no weakref slot: weakref.ref raises TypeError
import weakref
o = object()
print("made", type(o) is object)
r = weakref.ref(o)
