# repr shows the factory, then the dict; a defaultdict with no factory shows None.
from collections import defaultdict
print(defaultdict(list), defaultdict(int, {"a": 1}), defaultdict())
print(defaultdict(set, x=1), defaultdict(None, [("k", "v")]))
d = defaultdict(dict)
d["outer"]["inner"] = 1
print(d)
