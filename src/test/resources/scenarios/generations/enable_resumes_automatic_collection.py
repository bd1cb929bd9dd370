# After gc.enable(), allocations over the threshold trigger the collection that was held back.
import gc
class T:
    def __del__(self):
        print("finalized")
gc.collect()
gc.disable()
gc.set_threshold(100, 10, 10)
t = T()
t.me = t
del t
keep = []
for i in range(300):
    keep.append([])
print("enable")
gc.enable()
for i in range(5):
    keep.append([])
print("after five allocations")
gc.set_threshold(700, 10, 10)
