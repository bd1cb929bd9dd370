# A set of tuples prints in the order of CPython's tuple hashes.
print({(1, 2), (3, 4), (5, 6), (0, 1)})
print({(i, i * 2) for i in range(8)})
pairs = set()
for a in range(3):
    for b in range(3):
        pairs.add((a, b))
print(pairs, (1, 1) in pairs, hash((1, 2)), hash((1, (2, 3))))
print({(1, 'x'[0:0]), (2, None)} == {(2, None), (1, '')})
