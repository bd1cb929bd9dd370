# In 3.11, cycles with __del__ are not left in gc.garbage.
import gc
gc.collect()
class T:
    def __del__(self):
        pass
a = T()
a.me = a
del a
print(gc.collect(), len(gc.garbage))
