import copy
import sys

class Tag:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return f"Tag({self.text!r})"

t = Tag("x")
base = [t, [t, 1], {"k": t}]
print("start:", sys.getrefcount(t))
shallow = base[:]
print("slice copy adds references to the same items; t:", sys.getrefcount(t))
also = list(base)
viacopy = copy.copy(base)
print("three shallow copies:", sys.getrefcount(t))
print(shallow[1] is base[1], viacopy[2] is base[2])
deep = copy.deepcopy(base)
print("deepcopy doesn't touch t:", sys.getrefcount(t))
print(deep[0] is deep[1][0] is deep[2]["k"], deep[0] is t)
base[1].append("shared!")
print(shallow[1], deep[1])
del shallow, also, viacopy
print("dropped shallow copies:", sys.getrefcount(t))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, sys.getrefcount(grid[0]) - 1, "references to one row")
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
d1 = {"a": [1, 2]}
d2 = d1.copy()
d2["a"].append(3)
d2["b"] = 0
print(d1, d2)
d3 = copy.deepcopy(d1)
d3["a"].append(4)
print(d1["a"], d3["a"])
