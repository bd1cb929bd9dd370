# Allocating just over threshold0 (700) containers triggers a young collection that frees a waiting cycle.
import gc
class T:
    def __del__(self):
        print("finalized by automatic collection")
gc.collect()
t = T()
t.me = t
del t
print("cycle dropped")
keep = []
i = 0
while i < 1000:
    keep.append([])
    i += 1
    if i % 100 == 0:
        print("allocated", i)
print("end")
