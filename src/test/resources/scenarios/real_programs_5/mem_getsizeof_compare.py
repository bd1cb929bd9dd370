import sys

n = 1000
as_list = list(range(n))
as_tuple = tuple(range(n))
as_set = set(range(n))
as_dict = dict.fromkeys(range(n))
as_gen = (x for x in range(n))
as_range = range(n)
as_str = "x" * n
as_bytes = b"x" * n

for label, obj in [("list", as_list), ("tuple", as_tuple), ("set", as_set), ("dict", as_dict),
                   ("generator", as_gen), ("range", as_range), ("str", as_str), ("bytes", as_bytes)]:
    print(f"{label:<10}{sys.getsizeof(obj):>8} bytes")

print()
print("container only, not contents:")
big = [list(range(100)) for _ in range(10)]
print(sys.getsizeof(big), sum(sys.getsizeof(x) for x in big) + sys.getsizeof(big))

def deep_size(root):
    """Walk the containers with an explicit stack; count each object once."""
    total, pending, visited = 0, [root], []
    while pending:
        obj = pending.pop()
        if any(obj is v for v in visited):
            continue
        visited.append(obj)
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            pending.extend(obj.keys())
            pending.extend(obj.values())
        elif isinstance(obj, (list, tuple, set)):
            pending.extend(obj)
    return total

record = {"name": "Ana", "tags": ["a", "b"], "scores": (90, 85)}
print("shallow", sys.getsizeof(record), "deep", deep_size(record))
shared = [1000, 2000]
print("shared counted once:", deep_size([shared, shared, shared]))
print([sys.getsizeof(x) for x in (0, 1, 2**30, 2**60, 10**100, -1)])
print([sys.getsizeof(x) for x in (0.0, True, None, "", "abc", "é", "€")])
print(sys.getsizeof([]), sys.getsizeof([None] * 10), sys.getsizeof([None for _ in range(10)]))
