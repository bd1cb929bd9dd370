# While merge is suspended it holds the item it just yielded (its frame's local and the
# [value, order, next] list) and the next item of every other iterable; finished, it holds none.
import heapq
import sys


class Job:
    def __init__(self, when, name):
        self.when = when
        self.name = name

    def __lt__(self, other):
        return self.when < other.when

    def __repr__(self):
        return self.name

    def __del__(self):
        print("  del", self.name)


morning = [Job(8, "standup"), Job(11, "review")]
evening = [Job(9, "deploy"), Job(18, "retro")]
m = heapq.merge(morning, evening)
first = next(m)
print(first, sys.getrefcount(first), sys.getrefcount(evening[0]), sys.getrefcount(morning[1]))
second = next(m)
print(second, sys.getrefcount(first), sys.getrefcount(second))
del morning[:], evening[:]
print("lists cleared")
del first, second
print("names dropped")
print(list(m))
del m
print("end")
