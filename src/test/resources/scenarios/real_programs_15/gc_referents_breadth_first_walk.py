# Walk everything reachable from one container with gc.get_referents,
# breadth first, and tally what kinds of objects were found.
import gc

config = {
    "name": "demo",
    "ports": [8080, 8081],
    "limits": {"cpu": 2, "mem": [512, 1024]},
    "tags": ("a", "b"),
}


def reachable(root):
    seen = {id(root)}
    order = [root]
    queue = [root]
    while queue:
        obj = queue.pop(0)
        for child in gc.get_referents(obj):
            if id(child) not in seen:
                seen.add(id(child))
                order.append(child)
                queue.append(child)
    return order


found = reachable(config)
tally = {}
for obj in found:
    kind = type(obj).__name__
    tally[kind] = tally.get(kind, 0) + 1
for kind in sorted(tally):
    print(f"{kind:6} {tally[kind]}")
print("containers only:", [type(o).__name__ for o in found if gc.is_tracked(o)])
print("referents of the ports list:", gc.get_referents(config["ports"]))
print("referents of an int:", gc.get_referents(42))
