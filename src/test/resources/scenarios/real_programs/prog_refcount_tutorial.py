# tutorial: understanding sys.getrefcount
import sys

a = []
print("one name:", sys.getrefcount(a))
b = a
print("two names:", sys.getrefcount(a))
c = [a, a, a]
print("in a list three times:", sys.getrefcount(a))
d = {"key": a}
print("in a dict:", sys.getrefcount(a))
del c
print("after del c:", sys.getrefcount(a))

def f(arg):
    print("inside function:", sys.getrefcount(arg))

f(a)
d.clear()
b = None
print("back to:", sys.getrefcount(a))
print(sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
s = "a unique string for this demo"
print(sys.getrefcount(s))
t = (a, s)
print(sys.getrefcount(a), sys.getrefcount(s))
