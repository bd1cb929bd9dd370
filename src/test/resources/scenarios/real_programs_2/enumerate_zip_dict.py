names = ["a", "b", "c"]
scores = [90, 80, 70]
table = dict(zip(names, scores))
for i, (n, s) in enumerate(table.items(), 1):
    print(i, n, s)
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(any(s > 85 for s in scores), all(s > 60 for s in scores))
