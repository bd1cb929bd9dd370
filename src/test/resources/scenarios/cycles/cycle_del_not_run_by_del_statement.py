# del of the last name does not run __del__ of an object in a cycle; only the collector does.
import gc
gc.collect()
class T:
    def __del__(self):
        print("finalized")
t = T()
t.me = t
del t
print("after del")
gc.collect()
print("after collect")
