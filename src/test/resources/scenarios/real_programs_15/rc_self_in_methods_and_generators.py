# How many references does `self` have while its methods run, and while
# a generator method is suspended?
import sys


class Walker:
    def __init__(self, items):
        self.items = items

    def count_now(self):
        return sys.getrefcount(self)

    def nested(self):
        return self.count_now()

    def steps(self):
        for item in self.items:
            yield sys.getrefcount(self), item


w = Walker([1, 2])
print("module level:", sys.getrefcount(w))
print("in a method:", w.count_now())
print("one method deeper:", w.nested())
gen = w.steps()
print("generator made:", sys.getrefcount(w))
print("inside generator:", next(gen))
print("suspended:", sys.getrefcount(w))
print("inside again:", next(gen))
del gen
print("generator gone:", sys.getrefcount(w))
m = w.count_now
print("bound method held:", sys.getrefcount(w), m())
