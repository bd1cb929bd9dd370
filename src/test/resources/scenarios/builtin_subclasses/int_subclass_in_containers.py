# Instances of an int subclass mixed with plain ints in lists, dicts and sets.
import sys


class ID(int):
    def __repr__(self):
        return f"ID({int(self)})"


ids = [ID(30), 10, ID(20)]
print(sorted(ids), max(ids), min(ids), sum(ids), 20 in ids, ids.index(20))
table = {ID(1): "one", 2: "two"}
print(table[1], table[ID(2)], ID(1) in table, {1, ID(1), 2.0, ID(2)})
first = ids[0]
print(sys.getrefcount(first))
del ids
print(sys.getrefcount(first), first)
print(sorted(table), list(map(int, [ID(5), ID(6)])), [type(x).__name__ for x in sorted(table)])
