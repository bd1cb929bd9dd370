# What the program built before gc.collect() (lists of 5, 50 and 500 lists, kept) does not change
# the import right after it; the count heapq leaves decides when the next collection comes, and
# the program's objects it then moves are the lab's own
import gc

kept = [[[i] for i in range(n)] for n in (5, 50, 500)]
gc.collect()
import heapq
print(gc.get_count())
more = [[i] for i in range(640)]
print(gc.get_count())
heapq.heapify(more)
print(more[0], gc.get_count(), gc.collect())
