import sys, gc

class Point:
    def __init__(self, x, y=None, *, tag=None):
        rc = lambda o: "-" if o is None else sys.getrefcount(o) - 1
        print("init", sys.getrefcount(self), sys.getrefcount(x), rc(y), rc(tag))
        self.x, self.y, self.tag = x, y, tag

class Point3(Point):
    def __init__(self, x, y, z=None):
        print("init3", sys.getrefcount(z))
        super().__init__(x, y=y)
        self.z = z

a = [1]
b = [2]
t = ["t"]
p = Point(a, y=b)
q = Point(x=a, y=b, tag=t)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(t))
opts = {"y": b, "tag": t}
r = Point(a, **opts)
s = Point(*[a], tag=t)
u = Point3(a, b, z=t)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(t))
del p, q, r, s, u, opts
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(t), gc.collect())
