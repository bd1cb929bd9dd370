# A class with only __setstate__: object.__getstate__ hands it the original's own __dict__ (copy.copy) or its deep copy (deepcopy); an instance without attributes has state None and __setstate__ is not called
import copy
import gc
import sys


class Counter:
    def __init__(self, start):
        self.count = start
        self.seen = [start]

    def __setstate__(self, state):
        print("  setstate", sorted(state), "is the original's dict:", state is original.__dict__, sys.getrefcount(state))
        self.__dict__.update(state)
        self.count += 100


class Blank:
    def __setstate__(self, state):
        print("never called")


original = Counter(1)
gc.collect()
twin = copy.copy(original)
print(twin.count, twin.seen is original.seen, gc.get_count())
gc.collect()
clone = copy.deepcopy(original)
print(clone.count, clone.seen is original.seen, gc.get_count())
print(vars(copy.copy(Blank())), vars(copy.deepcopy(Blank())))
print("__slotnames__" in vars(Counter))
