import copy
import sys

original = {"name": "team", "members": [["ann", 1], ["bob", 2]], "tags": ("x", ["y"])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
print(shallow["members"] is original["members"], deep["members"] is original["members"])
print(deep["tags"] is original["tags"], deep["tags"][0] is original["tags"][0])
original["members"][0][1] = 99
print(shallow["members"][0], deep["members"][0])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
s = "text"
print(copy.deepcopy(s) is s)
lst = [1, 2]
loop = [lst, lst]
dup = copy.deepcopy(loop)
print(dup[0] is dup[1], dup[0] is lst)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q, r, sys.getrefcount(p.y))
