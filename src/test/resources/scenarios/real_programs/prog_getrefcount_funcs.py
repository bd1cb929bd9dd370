# refcounts in functions and loops
import sys

class Thing:
    pass

t = Thing()
print("global:", sys.getrefcount(t))

def show(obj):
    local = obj
    print("in show:", sys.getrefcount(obj))
    return local

res = show(t)
print("after return kept:", sys.getrefcount(t))
things = [t] * 5
print("in list x5:", sys.getrefcount(t))
for item in things[:1]:
    print("loop var:", sys.getrefcount(t))
del things, item, res
print("final:", sys.getrefcount(t))
print(sys.getrefcount(Thing))
m = t.__class__
print(m is Thing, sys.getrefcount(Thing))
