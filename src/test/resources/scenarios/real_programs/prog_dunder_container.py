# a sparse vector container
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if not 0 <= i < self.size:
            raise IndexError(i)
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data.values()
    def __iter__(self):
        return (self[i] for i in range(self.size))
    def __repr__(self):
        return f"SparseVector({self.size}, {self.data})"

v = SparseVector(6)
v[1] = 5
v[4] = 2
v[2] = 0
print(v, len(v), list(v))
print(5 in v, 9 in v, v[0])
del v[1]
print(v)
try:
    v[10]
except IndexError as e:
    print("IndexError", e)
print(sum(v), max(v), [i for i, x in enumerate(v) if x])
