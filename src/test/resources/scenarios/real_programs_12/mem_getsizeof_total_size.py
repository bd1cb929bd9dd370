import sys
from itertools import chain


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
        size += sum(total_size(x, seen) for x in obj)
    return size


data = {"ints": [1, 2, 3], "floats": (1.5, 2.5), "nested": {"a": [[], [1.0]]}}
print("shallow:", sys.getsizeof(data))
print("deep:", total_size(data))
shared = [10.5] * 3
print("shared list deep:", total_size(shared))
print("distinct floats:", total_size([10.5, 11.5, 12.5]))
self_ref = []
self_ref.append(self_ref)
print("self ref:", total_size(self_ref))
for n in (0, 1, 5, 10, 100):
    lst = list(range(n))
    print(n, sys.getsizeof(lst), sys.getsizeof(tuple(lst)), sys.getsizeof(set(lst)), sys.getsizeof(dict.fromkeys(lst)))
print(sys.getsizeof(list(chain([1, 2], [3]))))
