# += on a tuple builds a new tuple; the old one keeps only its other name.
import sys
t = (1, [2])
u = t
t += (3,)
print(t is u, t, u)
print("old tuple", sys.getrefcount(u))
print("new tuple", sys.getrefcount(t))
