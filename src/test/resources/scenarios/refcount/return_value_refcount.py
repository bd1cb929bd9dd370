# A returned object is referenced only by the name it is assigned to.
import sys
def make():
    r = [1, 2]
    return r
v = make()
print("returned", sys.getrefcount(v))
