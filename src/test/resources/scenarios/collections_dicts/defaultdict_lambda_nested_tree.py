# A recursive defaultdict: each missing key makes another level.
from collections import defaultdict
def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(len(t), len(t["a"]), t["a"]["b"]["c"], list(t["a"]))
n = defaultdict(lambda: "?")
print(n[1], n[2], dict(n))
