a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} <= a, a.isdisjoint({9}))
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)), sorted(set(words)))
seen = set()
dupes = set()
for w in words:
    if w in seen:
        dupes.add(w)
    seen.add(w)
print(sorted(dupes))
s = set()
s.update([3, 1], (2,))
s.discard(10)
print(s, s.pop() in {1, 2, 3}, len(s))
fs = frozenset("abc")
print(sorted(fs), "a" in fs, fs | {"d"} == frozenset("abcd"))
print({x % 3 for x in range(10)})
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
print(sorted({(1, 2), (1, 2), (2, 1)}))
