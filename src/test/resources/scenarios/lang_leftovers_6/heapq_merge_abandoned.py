# A merge dropped half-way: deleting it closes its frame, which lets go of the items it held
# (each iterable's next item, the last yielded one) in CPython's order; close() does the same.
import gc
import heapq


class Task:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __lt__(self, other):
        return self.rank < other.rank

    def __del__(self):
        print("  freed", self.name)


def tasks(prefix, ranks):
    for r in ranks:
        yield Task(r, prefix + str(r))


m = heapq.merge(tasks("a", [1, 4, 6]), tasks("b", [2, 3]), tasks("c", [5]))
t = next(m)
print("got", t.name)
del t
print("deleting merge")
del m
print("deleted", gc.collect())
m2 = heapq.merge(tasks("x", [1, 2]), tasks("y", [3]))
print(next(m2).name)
m2.close()
print("closed", next(m2, None))
