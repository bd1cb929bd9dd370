# get, keys, values, items, setdefault, update, pop, copy and clear on dicts.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("b", 2), d.setdefault("a", 9))
d.update({"c": 3, "a": 10})
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d)
e = d.copy()
d.clear()
print(d, e)
