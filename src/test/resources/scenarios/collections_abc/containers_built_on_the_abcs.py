# Containers written the way the collections.abc docs suggest: define the few
# abstract methods, inherit the rest (index, count, pop, update, set operators...).
import sys
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Sized, Iterable, Iterator


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck("AKQJ")
print(len(d), d[0], list(d), "Q" in d, "X" in d, d.index("Q"), d.count("K"), list(reversed(d)))
print(isinstance(d, Sequence), isinstance(d, Iterable), sys.getrefcount(d))
try:
    d.index("Z")
except ValueError as e:
    print("ValueError", repr(e))


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(s, s.pop(), s.pop(0), s)
s.reverse()
s.remove(3)
print(s, len(s))
s.clear()
print(s)


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = LowerDict({"A": 1}, B=2)
m["C"] = 3
print(m["a"], m.get("b"), m.get("z", 0), "c" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m.pop("A"), m.pop("zz", None), m.setdefault("d", 4), len(m), m == {"b": 2, "c": 3, "d": 4}, dict(m))
print(m.popitem(), len(m), isinstance(m.keys(), Set), repr(m.keys())[:19])
m.clear()
print(len(m))
try:
    m.pop("q")
except KeyError as e:
    print("KeyError", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError", e)


class Incomplete(Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set()
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return f"Bits({sorted(self._s)})"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 9]), a == Bits([3, 2, 1]), a.isdisjoint([7]))
a |= [8]
a -= [1]
print(a, a.pop(), a)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c))
