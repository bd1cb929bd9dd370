# Checking what a value is with isinstance against library classes: weak references, itertools, typing.
import itertools
import sys
import typing
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def visit(self):
        return self.name


node = Node("root")
ref = weakref.ref(node)
method_ref = weakref.WeakMethod(node.visit)
proxy = weakref.proxy(node)
print(type(ref), type(ref) is weakref.ref, weakref.ref, type(weakref.ref))
print(isinstance(ref, weakref.ref), isinstance(method_ref, weakref.ref), isinstance(proxy, weakref.ref))
print(isinstance(weakref.ref, type), sys.getrefcount(node), weakref.getweakrefcount(node))

counter = itertools.count(1)
pairs = itertools.pairwise([1, 2, 3])
for it in [counter, pairs, iter([1])]:
    print(type(it).__name__, isinstance(it, itertools.count), isinstance(it, (itertools.pairwise, itertools.chain)))
print(itertools.count, type(itertools.count), isinstance(itertools.islice, type))

print(callable(typing.List), callable(typing.Optional[int]), callable(typing.TypeVar("T")))
del node
print(ref(), isinstance(ref, weakref.ref))
