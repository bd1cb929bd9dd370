# finalize needs a weak reference to the object: ints cannot have one
import weakref
print("start")
f = weakref.finalize(12345, print, "never")
