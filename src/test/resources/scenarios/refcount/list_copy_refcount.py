# Copying a list copies references to its items.
import sys
x = [0]
a = [x]
b = a.copy()
c = a[:]
d = list(a)
print("x", sys.getrefcount(x))
