# BINARY_SUBSCR_GETITEM: once specialized, grid[key] moves grid and key from the value stack into
# __getitem__'s frame, so each shows one reference fewer than through slot_mp_subscript. A
# __getitem__ with a third parameter (a default) or *args is not specialized.
import sys


class Grid:
    def __getitem__(self, key):
        return (sys.getrefcount(self), sys.getrefcount(key))


class WithDefault:
    def __getitem__(self, key, default=None):
        return sys.getrefcount(self)


class Starred:
    def __getitem__(self, *key):
        return sys.getrefcount(self)


class Row(dict):
    def __getitem__(self, key):
        return sys.getrefcount(self)


grid = Grid()
key = object()
print([grid[key] for _ in range(10)])
w = WithDefault()
print([w[1] for _ in range(10)])
s = Starred()
print([s[1] for _ in range(10)])
r = Row()
print([r["a"] for _ in range(10)])
