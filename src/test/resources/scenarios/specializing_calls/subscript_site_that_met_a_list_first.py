# BINARY_SUBSCR of `box[index]` specialized for lists (BINARY_SUBSCR_LIST_INT) misses on a class
# with __getitem__, and on a negative index; a str cannot be specialized (back-off).
import sys


class Box:
    def __getitem__(self, index):
        return sys.getrefcount(self)


def first(box, index):
    return box[index]


def second(box, index):
    return box[index]


def third(box, index):
    return box[index]


b = Box()
for _ in range(20):
    first([1, 2, 3], 1)
refs = [first(b, 0) for _ in range(100)]
print(refs.index(min(refs)), refs.count(max(refs)))

for _ in range(20):
    second([1, 2, 3], -1)
refs = [second(b, 0) for _ in range(100)]
print(refs.index(min(refs)), refs.count(max(refs)))

for _ in range(9):
    third("abc", 1)
print([third(b, 0) for _ in range(5)])
