import functools, gc, sys
from collections import Counter
p = functools.partial(int, base=2)
p.__doc__ = "Convert base 2 string to an int."
print(p.__doc__, p("101"))
p.x = [1]
print(p.__dict__, vars(p), p.x)
try:
    p.func = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__ = 3
except TypeError as e:
    print(e)
del p.x
print(p.__dict__)
try:
    del p.x
except AttributeError as e:
    print(e)
q = functools.partial(max)
q.me = q
del q
print(gc.collect())
print(repr(functools.partial(len).__doc__[:20]))
a, b = Counter("aab"), Counter("aabbc")
print(a <= b, a < b, a >= b, a > b, b > a, b >= a, a < a, a <= a, Counter() < Counter(x=0), Counter(x=0) <= Counter())
try:
    a < {"a": 3}
except TypeError as e:
    print(e)
try:
    {"a": 3} >= a
except TypeError as e:
    print(e)
print(Counter(a=1, b=-1) <= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
