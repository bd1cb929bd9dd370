# A builtin method called with the wrong number of arguments, or a keyword it does not take, is
# CPython's TypeError with CPython's wording for that method's calling convention.
import collections
import weakref

calls = [
    lambda: [3, 1].copy(1),
    lambda: "abc".upper("x"),
    lambda: {"a": 1}.keys(1),
    lambda: [1].pop(0, 1),
    lambda: [1].append(),
    lambda: [1].index(),
    lambda: [2, 1].sort(key=len, cmp=None),
    lambda: "a b".split(" ", 1, 2),
    lambda: "a b".split(sepx=" "),
    lambda: b"ab".strip(b"a", b"b"),
    lambda: bytearray(b"ab").replace(b"a"),
    lambda: {1}.add(),
    lambda: (1, 2).count(),
    lambda: (5).bit_length(2),
    lambda: collections.deque([1]).rotate(1, 2),
    lambda: collections.Counter("ab").elements(1),
    lambda: collections.OrderedDict(a=1).popitem(1, 2),
    lambda: weakref.WeakSet().copy(1),
    lambda: {"a": 1}.get(),
    lambda: "x".join(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

# Parameters a method takes by name: OrderedDict's key=/default=, the weak dictionaries' get(key, default).
ordered = collections.OrderedDict(a=1)
print(ordered.setdefault(key="z", default=2), ordered.pop(key="a"), ordered.pop(key="q", default=5), list(ordered))


class Node:
    pass


node = Node()
cache = weakref.WeakValueDictionary(n=node)
print(cache.get(key="n") is node, cache.get("m", default=3), cache.pop("n", 1, 2, 3) is node)
