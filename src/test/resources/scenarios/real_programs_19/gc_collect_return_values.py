# gc.collect() returns how many unreachable objects it found. Build cycles
# of known shapes and read the number back.
import gc


class Node:
    pass


def ring(n):
    nodes = [Node() for _ in range(n)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % n]
    return None


gc.collect()
for size in [1, 2, 3, 5]:
    ring(size)
    print("ring of", size, "->", gc.collect())

# A list that contains itself is a single object.
lst = []
lst.append(lst)
del lst
print("self list ->", gc.collect())

# A dict pointing to itself.
d = {}
d["me"] = d
del d
print("self dict ->", gc.collect())

# Two lists pointing at each other.
a, b = [], []
a.append(b)
b.append(a)
del a, b
print("two lists ->", gc.collect())

# Nothing to find.
print("nothing ->", gc.collect())
