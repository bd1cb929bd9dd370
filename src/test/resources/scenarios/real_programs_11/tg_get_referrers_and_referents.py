import gc

# test_gc: test_get_referents / test_get_referrers
alist = [1, 3, 5]
got = gc.get_referents(alist)
got.sort()
assert got == alist, got
print("list referents:", got)

atuple = tuple(alist)
got = gc.get_referents(atuple)
got.sort()
assert got == alist
print("tuple referents:", got)

adict = {1: 3, 5: 7}
expected = [1, 3, 5, 7]
got = gc.get_referents(adict)
got.sort()
assert got == expected, got
print("dict referents:", got)

got = gc.get_referents([1, 2], {3: 4}, (0, 0, 0))
got.sort()
print("several at once:", got)
assert gc.get_referents(1, "a", 4j) == []
print("atoms: []")

a = []
b = [a]
c = {"x": a}
refs = gc.get_referrers(a)
print("referrers include b:", any(r is b for r in refs), "and c:", any(r is c for r in refs))
