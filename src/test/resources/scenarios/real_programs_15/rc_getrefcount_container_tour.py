# How sys.getrefcount changes as one object is placed in different
# containers and taken back out.  (The call itself adds one.)
import sys

item = object()
base = sys.getrefcount(item)
print("alone:", base)
box = [item]
print("in a list:", sys.getrefcount(item) - base)
pair = (item, item)
print("twice in a tuple:", sys.getrefcount(item) - base)
lookup = {"k": item, item: "v"}
print("as key and value:", sys.getrefcount(item) - base)
group = {item}
print("in a set:", sys.getrefcount(item) - base)
nested = [[item], [item, [item]]]
print("in nested lists:", sys.getrefcount(item) - base)
del pair
print("tuple gone:", sys.getrefcount(item) - base)
lookup.clear()
group.discard(item)
box.pop()
print("after clear/discard/pop:", sys.getrefcount(item) - base)
nested[1].clear()
print("inner list cleared:", sys.getrefcount(item) - base)
del nested
print("all gone:", sys.getrefcount(item) - base)
