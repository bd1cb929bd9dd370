# "sep".join with a single str item returns that very item.
import sys
a = "".join(["x", "yz"])
r = "-".join([a])
print(r is a, sys.getrefcount(a))
b = "-".join([a, a])
print(b, b is a, sys.getrefcount(a))
