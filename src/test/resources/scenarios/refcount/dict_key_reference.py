# A tuple used as a dict key is referenced by the dict.
import sys
n = 2.5
k = (1, n, "a")
d = {k: 1}
print("key", sys.getrefcount(k))
d.clear()
print("after clear", sys.getrefcount(k))
