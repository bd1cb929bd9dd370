import sys
data = {"list": [0] * 10, "tuple": tuple(range(10)), "set": set(range(10)), "dict": dict.fromkeys(range(10)), "str": "x" * 10}
for k in sorted(data):
    print(k, sys.getsizeof(data[k]))
print(sys.getsizeof([[1, 2], [3, 4]]))
def deep_size(o, seen=None):
    seen = seen or set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set)):
        size += sum(deep_size(x, seen) for x in o)
    return size
print(deep_size({"a": [1, 2, 3], "b": "hello"}))
