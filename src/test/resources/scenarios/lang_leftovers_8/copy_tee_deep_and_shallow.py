import copy, gc, itertools
a, b = itertools.tee(iter([1, 2, 3, 4]))
next(a)
gc.collect()
c = copy.deepcopy(a)
print(gc.get_count())
print(next(a), next(c), list(c), list(a), list(b))
a, b = itertools.tee([[1], [2]])
x = next(a)
c = copy.deepcopy(b)
y = next(c)
print(x == y, x is y, list(b))
import sys
a, b = itertools.tee(range(200))
for _ in range(70):
    next(a)
gc.collect()
c = copy.deepcopy(b)
print(gc.get_count())
d = copy.deepcopy(a)
print(next(a), next(d), next(c), next(b), sum(c), sum(b), sum(d) == sum(a))
def gen():
    yield 1
t, u = itertools.tee(gen())
try:
    copy.deepcopy(t)
except TypeError as e:
    print("TypeError:", e)
x, y = itertools.tee("ab")
z = copy.copy(x)
print(list(z), list(x), list(y), sys.getrefcount(z))
