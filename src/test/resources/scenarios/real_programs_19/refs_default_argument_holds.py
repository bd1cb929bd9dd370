# Default values are evaluated once and stored on the function, so the
# function holds a reference to them for as long as it exists.
import sys

registry = {"hits": 0}
before = sys.getrefcount(registry)


def record(event, table=registry):
    table["hits"] += 1
    return table["hits"]


print("refs added by the def:", sys.getrefcount(registry) - before)
print(record("a"), record("b"))
print("defaults tuple holds it:", record.__defaults__[0] is registry)

record.__defaults__ = ({"hits": 100},)
print("after replacing defaults:", sys.getrefcount(registry) - before)
print(record("c"))
print("registry untouched:", registry)


def kw_only(*, sink=registry):
    return sink is registry


print("kwdefaults:", kw_only.__kwdefaults__["sink"] is registry)
print("refs now:", sys.getrefcount(registry) - before)
del kw_only
print("after del:", sys.getrefcount(registry) - before)


def grow(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


print([grow(i) for i in range(4)])
print("shared default:", grow.__defaults__[0])
