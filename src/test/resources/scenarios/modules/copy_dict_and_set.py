# copy.copy and deepcopy of dicts and sets.
import copy
d = {"a": [1], "b": 2}
c = copy.copy(d)
dc = copy.deepcopy(d)
print(c["a"] is d["a"], dc["a"] is d["a"], dc == d)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s))
