# re keeps compiled patterns in a cache: the same pattern and flags give the same object.
import re
import sys

a = re.compile(r"\w+")
b = re.compile(r"\w+")
c = re.compile(r"\w+", re.I)
print(a is b, a is c, a == b, sys.getrefcount(a))
m = a.match("hello")
print(m.re is a, sys.getrefcount(a))
del m
print(sys.getrefcount(a))
for word in ["one", "two", "three"]:
    r = re.match(r"\w+", word)
    print(r.re is a, r.group())
del r
print(sys.getrefcount(a), a.pattern, a.flags, c.flags, a.groups)
p = a.pattern
print(p is a.pattern, sys.getrefcount(p))
