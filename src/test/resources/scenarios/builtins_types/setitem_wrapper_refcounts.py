# __setitem__ through the wrapper stores a reference like d[k] = v
import sys
v = [0]
d = {}
d.__setitem__("k", v)
print(sys.getrefcount(v))
d.__delitem__("k")
print(sys.getrefcount(v))
