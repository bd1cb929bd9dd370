# A ring of ten lists is reclaimed in one collection: gc.collect() returns 10.
import gc
gc.collect()
first = []
cur = first
for i in range(9):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
print("collected", gc.collect())
