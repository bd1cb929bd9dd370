a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} < a, a.isdisjoint({9}))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
fs = frozenset([1, 2])
d = {fs: "pair"}
print(d[frozenset([2, 1])])
s = set("hello")
s.discard("z")
s.remove("h")
print(sorted(s), len(s))
