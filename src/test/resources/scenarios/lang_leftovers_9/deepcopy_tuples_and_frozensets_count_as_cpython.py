import copy, gc, sys
from collections import deque
gc.collect(); copy.deepcopy((1, 2)); print(gc.get_count())
gc.collect(); copy.deepcopy((1, (2, 'a'), 3.5)); print(gc.get_count())
gc.collect(); copy.deepcopy(frozenset({1, 2})); print(gc.get_count())
d = deque([1, 2, 3, 4], maxlen=3)
gc.collect(); copy.deepcopy(d); print(gc.get_count())
gc.collect(); copy.deepcopy([1, 2]); print(gc.get_count())
gc.collect(); copy.deepcopy({'a': 1}); print(gc.get_count())
gc.collect(); copy.deepcopy(((1,), (2,))); print(gc.get_count())
gc.collect(); copy.deepcopy(([1],)); print(gc.get_count())
gc.collect(); copy.deepcopy(()); print(gc.get_count())
gc.collect(); copy.deepcopy(5); print(gc.get_count())
gc.collect(); x = copy.deepcopy((1, 2)); print(gc.get_count(), x)
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'P({self.v})'
s = {1, 2, 3}
f = frozenset({(1, 2), 'ab'})
gc.collect(); c = copy.deepcopy(s); print(c, c is s, gc.get_count())
gc.collect(); c = copy.deepcopy(f); print(c == f, c is f, type(c).__name__, gc.get_count())
gc.collect(); c = copy.deepcopy([s, s, f]); print(c[0] is c[1], c[0] is s, gc.get_count())
gc.collect(); c = copy.deepcopy(frozenset()); print(c, gc.get_count())
gc.collect(); c = copy.deepcopy(set()); print(c, gc.get_count())
p = P(1)
gc.collect(); c = copy.deepcopy({'k': frozenset({(p,)})}); print(gc.get_count(), sys.getrefcount(p))
gc.collect(); c = copy.deepcopy((1, frozenset({2}))); print(gc.get_count())
gc.collect(); c = copy.deepcopy(((1, 2), ('a', (3.5, None)))); print(c, gc.get_count())
gc.collect(); c = copy.deepcopy(deque([1, (2, 3)], maxlen=3)); print(c, gc.get_count())
gc.collect(); c = copy.deepcopy(deque([[1], (2, [3])])); print(c, gc.get_count())
gc.collect(); c = copy.deepcopy((p, p)); print(c[0] is c[1], c[0] is p, gc.get_count(), sys.getrefcount(p))
gc.collect(); c = copy.copy(s); print(gc.get_count())
gc.collect(); c = copy.copy(f); print(c is f, gc.get_count())
class S(set): pass
gc.collect(); c = copy.deepcopy(S([1, 2])); print(c, gc.get_count())
del c
gc.collect(); print(gc.get_count())
