d = {"b": 2, "a": 1}
d["c"] = 3
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d["d"] = 4
print(keys, len(keys), "d" in keys)
del d["b"]
d["b"] = 20
print(d)
print({1: "int", 1.0: "float", True: "bool"})
print(dict(zip("abc", range(3))), dict([("x", 1)], y=2))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged, {**{"a": 1}, **{"a": 2}})
inv = {v: k for k, v in merged.items()}
print(inv, sorted(inv.items(), reverse=True))
print(d.get("zz"), d.get("zz", 0), d.setdefault("e", []), d)
print(d.pop("e"), d.pop("zz", "none"), d.popitem(), d)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d.keys() & {"a", "x"}, sorted(d.keys() - {"a"}), d.items() >= {("a", 1)})
cnt = {}
for ch in "hello world":
    cnt[ch] = cnt.get(ch, 0) + 1
print(max(cnt, key=cnt.get), sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(reversed(d) is not None, list(reversed(d)))
