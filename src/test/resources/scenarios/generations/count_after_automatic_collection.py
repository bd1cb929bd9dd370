# After one automatic young collection, generation 1's count is 1 and generation 2's is 0.
import gc
gc.collect()
gc.set_threshold(100, 10, 10)
keep = []
for i in range(150):
    keep.append([])
c = gc.get_count()
print("gen1", c[1], "gen2", c[2])
gc.set_threshold(700, 10, 10)
