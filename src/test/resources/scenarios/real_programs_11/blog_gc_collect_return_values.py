import gc

def cycle_of(n):
    nodes = [{"id": i} for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a["next"] = b
    return nodes[0]

gc.collect()
results = []
for size in (1, 2, 5, 10):
    head = cycle_of(size)
    del head
    results.append((size, gc.collect()))
for size, found in results:
    print(f"cycle of {size:>2} dicts -> gc.collect() = {found}")

class Obj:
    pass

for size in (1, 3):
    objs = [Obj() for _ in range(size)]
    for a, b in zip(objs, objs[1:] + objs[:1]):
        a.next = b
    del objs, a, b
    print(f"cycle of {size} instances -> {gc.collect()}")
