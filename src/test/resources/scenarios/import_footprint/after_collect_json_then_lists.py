# What the program built before gc.collect() does not change the import right after it; the
# count it leaves decides when the next automatic collection comes
import gc

def build(n):
    return [[i, str(i)] for i in range(n)]

kept = build(40)
garbage = []
for i in range(30):
    a = [i]
    a.append(a)
gc.collect()
import json
print(gc.get_count())
more = build(170)
print(gc.get_count(), len(more))
more2 = build(200)
print(gc.get_count())
del kept, more, more2
print(gc.collect())
