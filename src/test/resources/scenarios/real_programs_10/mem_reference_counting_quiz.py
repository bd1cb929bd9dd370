import sys

def rc(o):
    return sys.getrefcount(o) - 2   # minus getrefcount's argument and our parameter

print("Q1: how many references does a fresh list have?")
x = []
print("  A:", rc(x))
print("Q2: after y = x?")
y = x
print("  A:", rc(x))
print("Q3: after x.append(x)?")
x.append(x)
print("  A:", rc(x))
print("Q4: after z = [x, y]?")
z = [x, y]
print("  A:", rc(x))
print("Q5: del z, y, then x.clear()")
del z, y
x.clear()
print("  A:", rc(x))
print("Q6: an object as a default argument")
def f(a=x):
    return a
print("  A:", rc(x))
print("Q7: inside a generator that has not started")
def g(v):
    yield v
gen = g(x)
print("  A:", rc(x))
next(gen)
print("  after next:", rc(x))
gen.close()
print("  after close:", rc(x))
print("Q8: a bound method")
class K:
    def m(self):
        pass
k = K()
before = rc(k)
bm = k.m
print("  A:", rc(k) - before)
