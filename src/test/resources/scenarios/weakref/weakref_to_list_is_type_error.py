# Lists cannot be weakly referenced.
import weakref
lst = [1]
print("making ref")
r = weakref.ref(lst)
