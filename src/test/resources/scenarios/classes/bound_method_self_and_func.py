# A bound method holds its instance (__self__) and its function (__func__).
import sys
class Counter:
    def tick(self):
        return 1
c = Counter()
print(sys.getrefcount(c))
m = c.tick
print(m.__self__ is c, m.__func__ is Counter.tick, sys.getrefcount(c))
del c
print(type(m.__self__).__name__, m())
items = [1, 2]
push = items.append
print(push.__self__ is items, sys.getrefcount(items))
