# Iterating a WeakValueDictionary: take a snapshot with list() when the
# loop itself deletes entries, and notice that dropping the last strong
# reference removes an entry at once.
import gc
import weakref


class Job:
    def __init__(self, n):
        self.n = n


jobs = [Job(i) for i in range(6)]
table = weakref.WeakValueDictionary((j.n, j) for j in jobs)
print("size:", len(table))
seen = []
for key, job in list(table.items()):
    seen.append(key)
    if key % 2 == 1:
        del table[key]
print("seen:", seen)
print("size after the loop:", len(table), sorted(table.keys()))
del job
jobs[4] = None
print("job 4 dropped:", sorted(table))
jobs = jobs[:2]
gc.collect()
print("size:", len(table), sorted(table))
values = sorted(j.n for j in table.values())
print("values:", values)
print("valuerefs:", len(table.valuerefs()))
