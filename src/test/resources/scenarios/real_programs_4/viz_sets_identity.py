a = {1, 2, 3}
b = a
c = set(a)
b.add(4)
print(a, c, a is b, a == c)
frozen = frozenset(a)
print(frozen | {10}, frozen & {1, 4, 9})
print(sorted(a ^ {3, 5, 7}))
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single"}
print(groups[frozenset([2, 1])])
nums = [3, 1, 3, 2, 1, 5]
seen = set()
dups = [n for n in nums if n in seen or seen.add(n)]
print(dups, sorted(seen))
print({x % 3 for x in range(10)})
print(a.issubset(range(10)), {1, 2} < a, a.isdisjoint({8, 9}))
