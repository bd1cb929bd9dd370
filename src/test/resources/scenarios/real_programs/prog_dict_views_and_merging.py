# dict views, merging and comprehension patterns
defaults = {"color": "blue", "size": "M", "qty": 1}
user = {"size": "L", "gift": True}
merged = {**defaults, **user}
print(merged)
print(defaults | user, user | defaults)
keys = defaults.keys()
defaults["new"] = 0
print(list(keys), len(keys), "qty" in keys)
print(keys & user.keys(), sorted(keys - user.keys()))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"].get("z"), nested.get("q", {}).get("y"))
counts = dict.fromkeys("abc", 0)
for ch in "abcabca":
    counts[ch] += 1
print(counts, max(counts.items(), key=lambda kv: kv[1]))
items = list(merged.items())
items.sort(key=lambda kv: str(kv[1]))
print(items[:2])
d = {}
d.update(a=1, b=2)
d.update([("c", 3)])
print(d, d.pop("a"), d.popitem(), d)
