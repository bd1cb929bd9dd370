# After the call, the *args tuple is gone and the object is back to its own references.
import sys
def keep(*items):
    return len(items)
x = [0]
print(keep(x, x, x))
print(sys.getrefcount(x))
