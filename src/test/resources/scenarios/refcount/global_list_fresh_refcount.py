# A fresh list bound to one global name has refcount 2 (name + getrefcount's argument).
import sys
a = [1, 2, 3]
print("refcount", sys.getrefcount(a))
