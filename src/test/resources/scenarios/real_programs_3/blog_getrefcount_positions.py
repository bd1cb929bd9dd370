import sys

def f(arg):
    return sys.getrefcount(arg)

class Holder:
    def __init__(self, v):
        self.v = v
    def count(self):
        return sys.getrefcount(self.v)

v = ["value"]
print(sys.getrefcount(v))
print(f(v))
h = Holder(v)
print(sys.getrefcount(v), h.count())
print([sys.getrefcount(v) for _ in range(1)])
g = (sys.getrefcount(v) for _ in range(1))
print(next(g))
print({k: sys.getrefcount(v) for k in "a"})
print(sys.getrefcount(v) == sys.getrefcount(v))
print(sys.getrefcount([]))
print(sys.getrefcount(f), sys.getrefcount(Holder))
