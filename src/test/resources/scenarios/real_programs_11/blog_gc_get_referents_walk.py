import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

root = Node("root")
a = Node("a")
b = Node("b")
root.children.extend([a, b])

def describe(obj):
    if isinstance(obj, Node):
        return f"Node({obj.name})"
    if isinstance(obj, dict):
        return "dict with keys " + ", ".join(sorted(obj))
    if isinstance(obj, list):
        return f"list of {len(obj)}"
    if isinstance(obj, type):
        return f"class {obj.__name__}"
    return type(obj).__name__

print("referents of root:")
for r in gc.get_referents(root):
    print("  ", describe(r))

print("referents of root.__dict__:")
for r in gc.get_referents(root.__dict__):
    print("  ", describe(r))

print("referents of the children list:")
for r in gc.get_referents(root.children):
    print("  ", describe(r))

print("referents of a tuple:", [describe(x) for x in gc.get_referents((1, "two", [3]))])
print("ints have no referents:", gc.get_referents(42))
