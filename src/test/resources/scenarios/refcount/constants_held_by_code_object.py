# Literal constants (a folded tuple, a float) are also held by the compiled code: refcount 4 under one name.
import sys
t = (1, 2, 3)
f = 2.5
print("tuple", sys.getrefcount(t))
print("float", sys.getrefcount(f))
u = (1, 2, 3)
print("same constant", t is u, sys.getrefcount(t))
