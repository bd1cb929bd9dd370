names = ["eve", "bob", "alice", "dan"]
ages = [31, 25, 29, 25]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(f"{i}. {n:<6}{a:>3}")
people = sorted(zip(names, ages), key=lambda p: (p[1], p[0]))
print(people)
by_age = sorted(names, key=dict(zip(names, ages)).get, reverse=True)
print(by_age)
unzipped = list(zip(*people))
print(unzipped)
print(dict(zip(names, map(len, names))))
print(list(zip("abc", range(10))), list(enumerate("xy")))
ranked = {n: r for r, n in enumerate(sorted(names), 1)}
print(ranked)
