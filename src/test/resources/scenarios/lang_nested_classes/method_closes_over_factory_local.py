# a method reads the factory's local through a cell: the cell keeps the list alive after the factory returned
import sys, gc
def make_counter(start):
    count = [start]
    class Counter:
        def bump(self):
            count[0] += 1
            return count[0]
    return Counter(), count
gc.collect()
c, cnt = make_counter(5)
print(c.bump(), c.bump(), sys.getrefcount(cnt))
del c
print("collected", gc.collect(), sys.getrefcount(cnt))
