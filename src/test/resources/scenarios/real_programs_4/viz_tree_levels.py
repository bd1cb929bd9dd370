from collections import deque

class Node:
    def __init__(self, val, *children):
        self.val = val
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.val})"

tree = Node("root",
            Node("a", Node("a1"), Node("a2", Node("a2x"))),
            Node("b"),
            Node("c", Node("c1")))

def levels(root):
    out, q = [], deque([(root, 0)])
    while q:
        node, d = q.popleft()
        if d == len(out):
            out.append([])
        out[d].append(node.val)
        q.extend((c, d + 1) for c in node.children)
    return out

def count(node):
    return 1 + sum(count(c) for c in node.children)

def paths(node, prefix=()):
    here = prefix + (node.val,)
    if not node.children:
        yield "/".join(here)
    for c in node.children:
        yield from paths(c, here)

for i, lvl in enumerate(levels(tree)):
    print(i, lvl)
print("nodes:", count(tree))
print(list(paths(tree)))
leaves = [p.rsplit("/", 1)[-1] for p in paths(tree)]
print(leaves, max(leaves, key=len))
