# A memo dict the program passes in: copies under id(original), and the keep-alive list under id(memo).
import copy
import sys

inner = [1, 2]
outer = [inner, inner]
memo = {}
before = sys.getrefcount(inner)
dup = copy.deepcopy(outer, memo)
print(dup[0] is dup[1], dup[0] is inner)
print(len(memo), id(inner) in memo, id(outer) in memo, id(memo) in memo)
kept = memo[id(memo)]
print(type(kept).__name__, len(kept), kept[0] is inner, kept[1] is outer)
print(sys.getrefcount(inner) - before, sys.getrefcount(outer))
print(memo[id(inner)] is dup[0])
again = copy.deepcopy(outer, memo)
print(again is dup, len(kept))
del memo, kept
print(sys.getrefcount(inner) - before, sys.getrefcount(outer))
