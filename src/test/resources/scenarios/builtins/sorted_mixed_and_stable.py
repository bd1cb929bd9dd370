# sorted works on tuples lexicographically and returns a new list.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys, xs is ys)
