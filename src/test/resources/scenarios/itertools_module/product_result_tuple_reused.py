# product updates its result tuple in place when the caller dropped it, and copies it when the caller kept it
import itertools
p = itertools.product("ab", "xy")
p = itertools.product("ab", "xy")
a = next(p)
b = next(p)
print(a, b, a is b)
p = itertools.product("ab", "xy")
n = 0
for t in p:
    n += 1
last = t
print(n, last)
