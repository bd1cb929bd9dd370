# Each new unreachable cycle is counted by the collection that finds it.
import gc
gc.collect()
total = 0
for i in range(3):
    x = [i]
    x.append(x)
    del x
    total = total + gc.collect()
print("total", total)
