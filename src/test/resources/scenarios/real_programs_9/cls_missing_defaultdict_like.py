class Counts(dict):
    def __missing__(self, key):
        return 0

    def __add__(self, other):
        out = Counts(self)
        for k, v in other.items():
            out[k] += v
        return out

    def most(self, n=2):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


a = Counts()
for w in "the cat and the hat and the bat".split():
    a[w] += 1
print(a.most(3), a["dog"], "dog" in a)
b = Counts(cat=5, dog=1)
c = a + b
print(type(c).__name__, c.most(2), len(c))
print(a.get("zebra"), a.get("zebra", -1))


class Env(dict):
    def __init__(self, parent=None, **kw):
        super().__init__(**kw)
        self.parent = parent

    def __missing__(self, key):
        if self.parent is None:
            raise KeyError(f"unbound name {key!r}")
        return self.parent[key]


root = Env(x=1, y=2)
child = Env(root, y=20)
grand = Env(child, z=300)
print(grand["x"], grand["y"], grand["z"])
try:
    grand["w"]
except KeyError as e:
    print("KeyError:", e)
