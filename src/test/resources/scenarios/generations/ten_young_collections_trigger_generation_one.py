# Young collections raise generation 1's count; once it passes 10 the next collection includes generation 1.
import gc
gc.collect()
gc.set_threshold(20, 3, 100)
keep = []
seen = []
for i in range(200):
    keep.append([])
    c = gc.get_count()
    if c[1] not in seen:
        seen.append(c[1])
print(seen)
gc.set_threshold(700, 10, 10)
