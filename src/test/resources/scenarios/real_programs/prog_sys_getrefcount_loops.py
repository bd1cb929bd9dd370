# refcounts while iterating
import sys
data = [object() for _ in range(3)]
target = data[0]
print(sys.getrefcount(target))
for x in data:
    if x is target:
        print("in loop", sys.getrefcount(target))
print("after loop", sys.getrefcount(target))
del x
print("after del x", sys.getrefcount(target))
pairs = list(zip(data, data))
print("in pairs", sys.getrefcount(target))
pairs.clear()
d = dict.fromkeys(data, target)
print("dict keys+values", sys.getrefcount(target))
