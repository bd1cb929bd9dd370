# Dataclass instances that refer to each other are collected by gc like any instances.
import gc
import sys
import weakref
from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class TreeNode:
    value: int
    parent: Optional["TreeNode"] = field(default=None, repr=False)
    children: List["TreeNode"] = field(default_factory=list)

    def add(self, value):
        child = TreeNode(value, self)
        self.children.append(child)
        return child

root = TreeNode(1)
a = root.add(2)
a.add(3)
print(root)
print(sys.getrefcount(root), sys.getrefcount(a), sys.getsizeof(root.children))
probe = weakref.ref(a)
del root, a
print(probe() is not None, gc.collect(), probe())
