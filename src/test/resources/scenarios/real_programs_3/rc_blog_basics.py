import sys

a = []
print("fresh list:", sys.getrefcount(a))
b = a
print("after alias:", sys.getrefcount(a))
c = [a, a, a]
print("in a list 3 times:", sys.getrefcount(a))
del c
print("list deleted:", sys.getrefcount(a))
d = {"key": a}
print("dict value:", sys.getrefcount(a))
d["other"] = a
print("two dict values:", sys.getrefcount(a))
d.clear()
print("cleared:", sys.getrefcount(a))
del b
print("alias gone:", sys.getrefcount(a))
