# A non-cyclic object resurrected in __del__ survives; its __del__ does not run again when released.
import gc
saved = []
class T:
    def __del__(self):
        print("finalizer runs")
        saved.append(self)
t = T()
del t
print("resurrected", len(saved))
saved.clear()
print("released again")
