# dict popitem (last in), fromkeys, setdefault, pop with default and update.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
print({}.fromkeys(["x", "y"], 0), {}.fromkeys("ab"))
print(d.setdefault("a", 9), d.setdefault("z", 0), d)
print(d.pop("missing", "default"), d.pop("a"), d)
d.update({"q": 5}, )
print(d, d.get("q"), d.get("nope"))
