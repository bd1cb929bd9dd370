# frozenset: a set that cannot change, so it can be a dict key or a member of a set.
import sys, gc, copy
empty1 = frozenset()
empty2 = frozenset()
print(empty1 is empty2, sys.getsizeof(empty1), sys.getsizeof(frozenset([1, 2, 3])), gc.is_tracked(frozenset([1, 2])))
f = frozenset([1, 2, 3])
print(f, repr(frozenset()), f | {4}, {4} | f, f & {1}, f - {1}, f ^ {9})
print({f: 1}, f == {1, 2, 3}, frozenset(f) is f, f.union([5]), f.issubset({1, 2, 3, 4}), type(f | f).__name__)
one = frozenset([1])
print(sys.getrefcount(one), f.copy() is f, copy.copy(f) is f, copy.deepcopy(f) == f)
members = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(members), frozenset([2, 3]) in members)
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([10, 20])))
g = f
g |= {7}
print(g, f, isinstance(f, frozenset), isinstance(f, set), type(f))
try:
    f.add(1)
except AttributeError as e:
    print(e)
edges = {frozenset((1, 2)): 'a-b', frozenset((2, 3)): 'b-c'}
print(edges[frozenset((2, 1))], sorted(frozenset([3, 1, 2])), len(f), 2 in f, list(frozenset([5, 6])))
