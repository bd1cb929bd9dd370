# WeakSet's set algebra: new sets, in-place updates and comparisons hold their items weakly.
import sys
import weakref


class Node:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Node{self.n}"


nodes = [Node(i) for i in range(5)]
left = weakref.WeakSet(nodes[:3])
right = weakref.WeakSet(nodes[2:])
show = lambda s: sorted(s, key=lambda x: x.n)
print(show(left | right), show(left & right), show(left - right), show(left ^ right))
print(show(left.union(nodes[4:])), show(left.intersection([1, nodes[0]])), show(left.difference(nodes[:1])))
print(left.issubset(nodes), left.issuperset(nodes[:2]), left.isdisjoint(right), left <= right, left < weakref.WeakSet(nodes))
print(left == weakref.WeakSet(nodes[:3]), left == nodes[:3])
working = left.copy()
working |= right
working -= nodes[:1]
working &= nodes[1:4]
working ^= nodes[3:5]
print(show(working), sys.getrefcount(nodes[1]))
working.symmetric_difference_update([nodes[0]])
working.difference_update([nodes[4]])
working.intersection_update(nodes)
print(show(working))
for bad in ([1], "ab"):
    try:
        left - bad
    except TypeError as e:
        print("TypeError", e)
try:
    left.union()
except TypeError as e:
    print("TypeError", e)
del nodes[1]
print(show(working), len(left))
