# How list operations change sys.getsizeof: the allocation follows the
# operation, not only the length.
import sys


def size(label, lst):
    print(f"{label:28} len={len(lst):3} size={sys.getsizeof(lst)}")


a = list(range(10))
size("list(range(10))", a)
a.clear()
size("after clear()", a)
b = list(range(10))
del b[:]
size("after del b[:]", b)
c = [1, 2, 3]
c *= 4
size("[1,2,3] *= 4", c)
d = [1, 2, 3] * 4
size("[1,2,3] * 4", d)
e = []
e.extend(range(7))
size("extend(range(7))", e)
f = []
f.extend([0] * 7)
size("extend([0]*7)", f)
g = list(x for x in range(7))
size("list(generator of 7)", g)
h = [0] * 5
h.insert(0, -1)
size("insert into [0]*5", h)
i = list(range(20))
i[5:15] = []
size("slice deleted", i)
j = list(range(4))
j[1:1] = range(30)
size("slice inserted 30", j)
k = a + list(range(3))
size("concatenation", k)
m = list(range(100))[:3]
size("a slice of 3", m)
n = sorted(range(9, 0, -1))
size("sorted of 9", n)
o = list(reversed(range(9)))
size("list(reversed(range(9)))", o)
p = [*range(5), *range(5)]
size("[*r, *r]", p)
