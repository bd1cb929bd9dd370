# What a hint is: a GenericAlias holds its origin and arguments; a union holds its member types.
import sys, gc
from collections import deque
hint = list[int]
print(hint, type(hint).__name__, sys.getsizeof(hint), gc.is_tracked(hint), gc.get_referents(hint))
either = int | None
print(either, type(either).__name__, sys.getsizeof(either), gc.get_referents(either))
print(dict[str, list[int]] | None, deque[str], type[int], hint == list[int], hint.__origin__, hint.__args__)
class Node:
    pass
print(Node | None, list[Node], Node | Node, None | Node, int | str | None, (int | str) | int)
print(sys.getrefcount(Node))
kept = [list[Node], Node | None]
print(sys.getrefcount(Node))
del kept
print(sys.getrefcount(Node))
for bad in ((None, None), (1, int)):
    try:
        bad[0] | bad[1]
    except TypeError as e:
        print(e)
print(type(int), type(len).__name__, type(deque))
