# set exercises
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset(range(10)), {4, 5} <= b, a.isdisjoint({9}))
evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens))
a.discard(99)
a.remove(1)
try:
    a.remove(1)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs)
dups = [3, 1, 3, 2, 1]
print(sorted(set(dups)), list(dict.fromkeys(dups)))
s = set()
s.update([1, 2], (3,))
print(s, s.pop() in {1, 2, 3})
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
