# Operator overloading seen from memory: which operators make new objects, which mutate in place.
import sys
import gc
import weakref


class Vec:
    instances = 0

    def __init__(self, *coords):
        self.coords = list(coords)
        Vec.instances += 1

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.coords, other.coords)))

    def __iadd__(self, other):
        for i, b in enumerate(other.coords):
            self.coords[i] += b
        return self

    def __mul__(self, k):
        return Vec(*(a * k for a in self.coords))

    def __eq__(self, other):
        return isinstance(other, Vec) and self.coords == other.coords

    __hash__ = None

    def __repr__(self):
        return f"Vec{tuple(self.coords)}"

    def __del__(self):
        Vec.instances -= 1


a = Vec(1, 2)
b = Vec(10, 20)
original = a
ida = id(a)
a = a + b
print(a, original, a is original, Vec.instances)
a = original
a += b
print(a, a is original, id(a) == ida, Vec.instances)
print(sys.getrefcount(a), sys.getrefcount(b))
c = a * 2
print(c, Vec.instances)
del c
print(Vec.instances)
tmp = (a + b) * 3
print(tmp, Vec.instances)
print(a == Vec(11, 22), Vec.instances, a != b)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)

r = weakref.ref(tmp)
print(r() is tmp)
del tmp
print(r(), Vec.instances)

t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
s = "ab"
before = id(s)
s += "c"
print(s, id(s) == before)
n = 1000
m = n
n += 1
print(n, m, n is m)

x = Vec(0, 0)
x.me = x
xr = weakref.ref(x)
del x
print(xr() is not None, Vec.instances)
print(gc.collect(), xr(), Vec.instances)
print(sys.getsizeof(a.coords), sys.getsizeof(a.__dict__) > 0)
