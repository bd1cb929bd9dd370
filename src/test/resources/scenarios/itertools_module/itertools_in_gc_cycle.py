# an itertools iterator stored in the object it iterates over makes a cycle: gc.collect() frees both
import itertools, gc
class Ring:
    def __init__(self):
        self.items = [self]
        self.it = itertools.cycle(self.items)
    def __del__(self):
        print("ring freed")
gc.collect()
r = Ring()
print(next(r.it) is r)
del r
print("collected", gc.collect())
