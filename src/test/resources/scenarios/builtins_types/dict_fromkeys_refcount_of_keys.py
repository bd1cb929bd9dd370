# dict.fromkeys holds a reference to each key
import sys
k = "".join(["ke", "y"])
d = dict.fromkeys([k])
print(sys.getrefcount(k))
del d
print(sys.getrefcount(k))
