# recursive total size of an object (a common blog helper)
import sys

def total_size(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(total_size(i, seen) for i in obj)
    elif hasattr(obj, "__dict__"):
        size += total_size(vars(obj), seen)
    return size

data = {"name": "widget", "tags": ["a", "b"], "dims": (1.5, 2.5)}
print(total_size(data))
print(total_size([1, 2, 3]), sys.getsizeof([1, 2, 3]))
class P:
    def __init__(self):
        self.x = 1000
        self.y = [1000, 2000]
print(total_size(P()))
nested = [[1, 2], [1, 2]]
print(total_size(nested))
print(total_size(frozenset({1, 2, 3})))
