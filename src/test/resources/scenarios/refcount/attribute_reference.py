# An instance attribute holds a reference to its value.
import sys
class Box:
    pass
b = Box()
v = [1, 2]
b.item = v
print("attr set", sys.getrefcount(v))
b.other = v
print("two attrs", sys.getrefcount(v))
del b.item
print("one attr deleted", sys.getrefcount(v))
print("instance", sys.getrefcount(b))
