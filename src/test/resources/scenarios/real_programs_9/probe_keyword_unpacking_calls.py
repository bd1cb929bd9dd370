import sys
def report(**opts):
    return sorted(opts.items())
def take(a, b, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra)
d = {"x": 1, "y": 2}
print(report(**d), report(**d, z=3), report(z=0, **{"w": 9}))
print(take(1, 2, 3, 4, key="k", q=1), take(*[1, 2], **{"key": 5}), take(*"ab", *"cd", **d))
try:
    report(**d, x=5)
except TypeError as e:
    print(e)
try:
    take(**{"a": 1})
except TypeError as e:
    print(e)
try:
    report(**{1: 2})
except TypeError as e:
    print(e)
try:
    report(**[1])
except TypeError as e:
    print(e)
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def m(self, *a, **k):
        return len(a), sorted(k)
p = P(**d)
print(p.x, p.y, p.m(*range(3), **d))
big = [object() for _ in range(3)]
def count(*items, **named):
    return [sys.getrefcount(i) for i in items] + [sys.getrefcount(v) for v in named.values()]
print(count(*big), count(**{"a": big[0]}), count(big[0], **{"b": big[1]}))
