import gc
import sys


class RingBuffer:
    __slots__ = ("_items", "_start", "_size")

    def __init__(self, capacity):
        self._items = [None] * capacity
        self._start = 0
        self._size = 0

    def push(self, item):
        cap = len(self._items)
        end = (self._start + self._size) % cap
        dropped = None
        if self._size == cap:
            dropped = self._items[self._start]
            self._start = (self._start + 1) % cap
        else:
            self._size += 1
        self._items[end] = item
        return dropped

    def __iter__(self):
        cap = len(self._items)
        for i in range(self._size):
            yield self._items[(self._start + i) % cap]


class Msg:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Msg({self.text!r})"

    def __del__(self):
        print("  gone:", self.text)


gc.collect()
rb = RingBuffer(3)
first = Msg("m0")
rb.push(first)
print("refcount first:", sys.getrefcount(first))
for i in range(1, 5):
    out = rb.push(Msg(f"m{i}"))
    print(f"push m{i} dropped={out!r}")
    del out
print(list(rb))
del first
print("size:", sys.getsizeof(rb), "tracked:", gc.is_tracked(rb))
print("collected:", gc.collect())
