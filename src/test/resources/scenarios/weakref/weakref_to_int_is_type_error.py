# Ints cannot be weakly referenced.
import weakref
print("making ref")
r = weakref.ref(5)
