# merge(key=..., reverse=True): the key is called once per item, ties keep the order of the
# iterables, reverse merges descending inputs with heapq's max-heap functions.
import heapq
import sys


def length(word):
    print("  key", word)
    return len(word)


short_first = ["a", "bb", "dddd"]
other = ["cc", "eee", "ffff"]
print(list(heapq.merge(short_first, other, key=length)))
print(list(heapq.merge([9, 5, 1], [8, 7, 2], [6], reverse=True)))
print(list(heapq.merge(["xxx", "y"], ["zz", "w"], key=len, reverse=True)))
print(list(heapq.merge([1, 1], [1], [0, 1])))
pairs = heapq.merge([(1, "a"), (3, "c")], [(2, "b")], key=lambda p: p[0])
top = next(pairs)
print(top, sys.getrefcount(top))
print(list(pairs), sys.getrefcount(top))
