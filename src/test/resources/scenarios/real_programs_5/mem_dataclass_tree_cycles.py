from dataclasses import dataclass, field
import gc
import sys

@dataclass(eq=False)
class TreeNode:
    value: int
    parent: "TreeNode | None" = field(default=None, repr=False)
    children: list = field(default_factory=list)

    def add(self, value):
        child = TreeNode(value, parent=self)
        self.children.append(child)
        return child

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

gc.collect()
root = TreeNode(1)
a = root.add(2)
b = root.add(3)
a.add(4)
a.add(5)
for depth, v in root.walk():
    print("  " * depth + str(v))
print(root.children[1])
print("root refs:", sys.getrefcount(root))
print(sum(v for _, v in root.walk()))
del a, b
del root
print("tree with parent links collected:", gc.collect())

@dataclass
class Leaf:
    name: str

leaves = [Leaf(str(i)) for i in range(3)]
del leaves
print("no cycles:", gc.collect())
