import sys
def s(x): return sys.getsizeof(x)
for n in range(0, 5):
    for base in ([], [1], [1, 2, 3], list(range(9))):
        a = list(base)
        a *= n
        print(n, len(base), s(a), end="; ")
    print()
a = [1, 2]; a *= 1; print(s(a))
a = []; a *= 5; print(s(a))
for ins in (0, 1, 2, 5, 30):
    for base in (list(range(4)), list(range(20))):
        b = list(base)
        b[1:1] = range(ins)
        c = list(base)
        c[1:3] = range(ins)
        print(ins, s(b), s(c), end="; ")
    print()
d = list(range(8)); d[2:4] = "ab"; print(s(d))
e = list(range(8)); e[:] = range(100); print(s(e))
f = list(range(100)); f[:] = [1]; print(s(f))
g = list(range(3)); g[len(g):] = range(2); print(s(g))
class L(list): pass
h = L([1, 2, 3]); h *= 4; print(s(h))
