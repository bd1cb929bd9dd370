import copy, sys, gc

class Bag(list):
    def __getstate__(self):
        print("getstate", sys.getrefcount(self))
        return {"label": self.label.upper()}

    def __setstate__(self, state):
        print("setstate", state, len(self))
        self.label = state["label"]

b = Bag([1, 2])
b.label = "small"
c = copy.copy(b)
print(c, c.label, len(c))
d = copy.deepcopy(b)
print(d, d.label)

class Point(int):
    def __setstate__(self, state):
        print("point setstate", state)
        self.__dict__.update(state)

p = Point(7)
p.name = "seven"
q = copy.deepcopy(p)
print(q, q.name, type(q).__name__, q is p)
print(sys.getrefcount(b), sys.getrefcount(c))
