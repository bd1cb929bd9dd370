# Instances stored in a list: each slot is one reference.
import sys
class P:
    pass
p = P()
ps = [p, p]
print("p", sys.getrefcount(p))
ps[0] = None
print("p after slot replaced", sys.getrefcount(p))
