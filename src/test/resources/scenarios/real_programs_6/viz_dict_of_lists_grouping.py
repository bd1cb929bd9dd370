words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {k: len(v) for k, v in groups.items()}
print(lengths)
first = groups["a"]
first.sort()
print(groups["a"] is first, groups)
inverted = {w: k for k, ws in groups.items() for w in ws}
print(inverted["cherry"], len(inverted))
