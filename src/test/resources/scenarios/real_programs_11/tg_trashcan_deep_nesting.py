import gc

# test_gc: test_trashcan, smaller, without threads
N = 50
class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1

t = []
for i in range(N):
    t = [t, Ouch()]
    t = [t]
del t
print("deaths after deep nesting:", Ouch.n)

nested = None
for i in range(2000):
    nested = [nested]
del nested
print("deep list freed without a crash")
d = {}
for i in range(500):
    d = {"inner": d}
del d
gc.collect()
print("deep dict freed, garbage:", gc.garbage)
