# defaultdict(list) groups items: a missing key gets a new empty list the first time it is read.
from collections import defaultdict
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(dict(groups), len(groups))
