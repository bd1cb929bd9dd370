empty = []
groups = dict.fromkeys(["a", "b", "c"], empty)
groups["a"].append(1)
print(groups)
print("all values are one list:", all(v is empty for v in groups.values()))

groups = {k: [] for k in "abc"}
groups["a"].append(1)
print(groups)

from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
snapshot = {k: v for k, v in by_letter.items()}
snapshot["a"].append("apricot")
print("snapshot shares lists:", by_letter["a"])
