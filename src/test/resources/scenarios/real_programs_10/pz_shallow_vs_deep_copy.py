import copy

grid = [[0] * 3 for _ in range(3)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print("grid   ", grid)
print("shallow", shallow)
print("deep   ", deep)
print(shallow[0] is grid[0], deep[0] is grid[0])

bad = [[0] * 3] * 3
bad[1][1] = 5
print("bad", bad)

orig = {"name": "cfg", "tags": ["a", "b"], "nested": {"x": [1]}}
c1 = dict(orig)
c2 = orig.copy()
c3 = copy.deepcopy(orig)
orig["tags"].append("c")
orig["nested"]["x"].append(2)
print(c1["tags"], c2["nested"], c3["tags"], c3["nested"])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.history = []
p = Point(1, 2)
p.history.append("created")
q = copy.copy(p)
r = copy.deepcopy(p)
p.history.append("moved")
print(q.history, r.history, q.history is p.history)
cycle = [1]
cycle.append(cycle)
dc = copy.deepcopy(cycle)
print(dc[1] is dc, dc is cycle)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([t])[0] is t)
