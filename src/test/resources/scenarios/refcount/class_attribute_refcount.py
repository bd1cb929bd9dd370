# A class attribute is referenced by the class, not by the instances.
import sys
shared = [0]
class C:
    items = shared
a = C()
b = C()
print("via class", sys.getrefcount(shared))
print("same", a.items is shared, b.items is shared)
