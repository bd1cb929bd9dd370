import sys

item = "payload-" + str(42)
print(sys.getrefcount(item))
t = (item, item)
print(sys.getrefcount(item))
s = {item}
print(sys.getrefcount(item))
fs = frozenset([item])
print(sys.getrefcount(item))
d = {item: item}
print(sys.getrefcount(item))
nested = [[item], [item, [item]]]
print(sys.getrefcount(item))
del t, s, fs, d, nested
print(sys.getrefcount(item))
