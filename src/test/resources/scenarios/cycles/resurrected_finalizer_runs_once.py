# A resurrected object's __del__ never runs a second time, even when it becomes garbage again.
import gc
gc.collect()
saved = []
class T:
    def __del__(self):
        print("finalizer runs")
        saved.append(self)
t = T()
t.me = t
del t
print("first", gc.collect())
saved.clear()
print("second", gc.collect())
print("third", gc.collect())
