# del d[i] and remove(x) take an item out of the middle; the removed object is freed at once.
from collections import deque
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __del__(self):
        print("freed", self.n)
d = deque([V(1), V(2), V(3), V(4)])
del d[1]
print([v.n for v in d])
d.remove(V(3))
print([v.n for v in d])
print("end")
