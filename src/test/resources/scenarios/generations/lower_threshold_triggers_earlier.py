# With threshold0 set to 100, a waiting cycle is collected after about a hundred new containers.
import gc
class T:
    def __del__(self):
        print("finalized")
gc.collect()
gc.set_threshold(100, 10, 10)
t = T()
t.me = t
del t
keep = []
for i in range(300):
    keep.append([])
    if (i + 1) % 50 == 0:
        print("allocated", i + 1)
gc.set_threshold(700, 10, 10)
