import sys

class Box:
    pass

g = Box()
print("global:", sys.getrefcount(g))

def local_demo():
    b = Box()
    print("local:", sys.getrefcount(b))
    alias = b
    print("with alias:", sys.getrefcount(b))
    items = [b, b, b]
    print("in list three times:", sys.getrefcount(b))
    del items
    return b

kept = local_demo()
print("returned:", sys.getrefcount(kept))

def default_holder(x=g):
    return x

print("default arg holds:", sys.getrefcount(g))
class Holder:
    attr = g
print("class attr holds:", sys.getrefcount(g))
del Holder
print("class deleted:", sys.getrefcount(g))
