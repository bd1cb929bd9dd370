import copy

class Matrix:
    def __init__(self, rows, label="m"):
        self.rows = rows
        self.label = label
        self.cache = {}

    def __copy__(self):
        print("  __copy__ called")
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.cache = {}
        return new

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo), "entries")
        new = Matrix(copy.deepcopy(self.rows, memo), self.label + "'")
        return new

    def __repr__(self):
        return f"Matrix({self.label}, {self.rows})"

m = Matrix([[1, 2], [3, 4]])
m.cache["det"] = -2
s = copy.copy(m)
print(s, s.rows is m.rows, s.cache)
d = copy.deepcopy(m)
print(d, d.rows is m.rows, d.rows[0] is m.rows[0])
box = {"a": m, "b": m}
db = copy.deepcopy(box)
print(db["a"] is db["b"])

class Plain:
    def __init__(self):
        self.items = [1, [2, 3]]
p = Plain()
print(copy.copy(p).items is p.items, copy.deepcopy(p).items[1] is p.items[1])
print(copy.copy(42), copy.deepcopy("text"), copy.copy((1, 2)) is not None)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
