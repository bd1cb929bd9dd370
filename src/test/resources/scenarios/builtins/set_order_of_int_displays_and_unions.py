# Set order: int displays of 3+ constants come from a frozenset constant rebuilt by the compiler, then merged; unions copy the table.
s = {5, 3, 17, 33, 1, 9, -1, -2, 100, 64, 8}
print(s)
s.add(1000)
s.discard(3)
print(s, len(s))
t = set(range(20, 0, -3))
print(t, {0, 8, 16, 24}, {1.0, 2.5}, {True, 1, 0})
print(sorted(s), 17 in s, set([3, 3, 1]))
u = {7, 15, 23, 31, 39}
print(u, u | {1}, u & {7, 8}, u - {7})
