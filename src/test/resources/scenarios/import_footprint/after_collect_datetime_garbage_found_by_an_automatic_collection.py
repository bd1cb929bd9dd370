# datetime's leftover garbage: the next automatic collection (of generation 0) finds the 94
# objects still young; the 173 its import's own collection moved to generation 1 wait for the
# next full collection
import gc

young_before = gc.get_stats()[0]["collected"]
gc.collect()
from datetime import date
print(gc.get_count())
keep = [[i] for i in range(500)]
print(gc.get_stats()[0]["collected"] - young_before, gc.get_count(), gc.collect())
