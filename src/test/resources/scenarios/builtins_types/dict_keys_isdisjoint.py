# keys and items views have isdisjoint, values views do not
d = {"a": 1, "b": 2}
print(d.keys().isdisjoint(["c"]), d.keys().isdisjoint(["a"]))
print(d.items().isdisjoint([("a", 1)]))
try:
    d.values().isdisjoint([1])
except AttributeError as e:
    print(e)
