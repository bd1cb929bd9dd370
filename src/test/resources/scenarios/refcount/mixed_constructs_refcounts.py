# Reference counts through names, containers, calls, comprehensions, attributes, slices and loops.
import sys
x = [1, 2, 3]
y = x
print(sys.getrefcount(x))
z = [x, x]
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d = {'k': x}
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))
a, b = x, x
print(sys.getrefcount(x))
a = b = None
print(sys.getrefcount(x))
def f(p, q=None):
    r = p
    print(sys.getrefcount(p))
    return r
w = f(x)
print(sys.getrefcount(x))
print([sys.getrefcount(x) for _ in range(2)])
print(sys.getrefcount(x), len(x))
s = 'hello' + ' world'
print(sys.getrefcount(s))
n = 10 ** 20
print(sys.getrefcount(n))
m = n + 1
print(sys.getrefcount(m))
fl = 2.5 * 2
print(sys.getrefcount(fl))
class C:
    attr = [7]
    def __init__(self):
        self.v = [8]
c = C()
print(sys.getrefcount(c), sys.getrefcount(c.v), sys.getrefcount(C.attr))
v = c.v
print(sys.getrefcount(v))
print(sys.getrefcount(C))
x += [4]
print(sys.getrefcount(x), x)
q = x[0:2]
print(sys.getrefcount(q), q)
i = 0
while i < 3:
    i += 1
print(i, sys.getrefcount(d))
for k in d:
    print(k, sys.getrefcount(d))
for k, val in d.items():
    print(k, sys.getrefcount(val))
print(sys.getrefcount(d.keys()))
