# A dict holds its keys: refcounts of user-hashed keys go up when stored and down when popped.
import sys

class Tag:
    def __init__(self, t):
        self.t = t

    def __hash__(self):
        return hash(self.t)

    def __eq__(self, other):
        return isinstance(other, Tag) and self.t == other.t

k = Tag("red")
print(sys.getrefcount(k))
d = {k: 1}
print(sys.getrefcount(k))
d[Tag("red")] = 2
print(sys.getrefcount(k), d[k], len(d))
d.pop(Tag("red"))
print(sys.getrefcount(k), len(d))
