# set methods with other sets and with any iterable.
s = {1, 2, 3}
print(s.union([3, 4]), s.intersection({2, 3, 9}), s.difference([1]), s.symmetric_difference({3, 4}))
print(s.issubset({1, 2, 3, 4}), s.issuperset([1]), s.isdisjoint([7, 8]))
t = s.copy()
t.update([5], (6,))
t.difference_update([1])
t.intersection_update(range(3, 10))
print(t, s)
print(s.pop(), s)
