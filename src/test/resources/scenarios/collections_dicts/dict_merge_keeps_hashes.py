# dict_merge copies another dict's entries with their stored hashes: building a dict or a dict
# subclass from a dict, update, copy, {**d} and | never call __hash__ again; pairs from a list do.
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
    def __repr__(self):
        return f"Key({self.n})"

class Registry(dict):
    pass

class Logged(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

base = {Key(1): "a", Key(2): "b"}
print("Registry(base)")
r = Registry(base)
print("Logged(base)")
g = Logged(base)
print("dict(r)")
x = dict(r)
print("update")
r.update(base)
print("copy")
c = r.copy()
print("{**r}")
s = {**r}
print("fromkeys")
f = dict.fromkeys(base)
print("r | base")
u = r | base
print("from pairs")
p = Registry(list(base.items()))
print(len(r), len(g), len(x), len(c), len(s), len(f), len(u), len(p), list(u))
