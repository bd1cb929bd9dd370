# A class attribute set inside __getitem__ gives the class a new version at each call: the
# specialized BINARY_SUBSCR_GETITEM misses every time, deoptimizes after 53 misses, specializes
# again 31 runs later, and misses again. Setting or deleting any attribute of the class between
# two runs of a specialized read(p) makes it miss the same way.
import sys


class Counted:
    reads = 0

    def __getitem__(self, key):
        refs = sys.getrefcount(self)
        Counted.reads += 1
        return refs


class Plain:
    def __getitem__(self, key):
        return sys.getrefcount(self)


c = Counted()
refs = [c[i] for i in range(200)]
print([(r, refs.count(r)) for r in sorted(set(refs))])
print([i for i in range(1, 200) if refs[i] != refs[i - 1]])
def read(box):
    return box[0]


p = Plain()
got = [read(p) for _ in range(10)]
Plain.extra = 1
got += [read(p) for _ in range(3)]
del Plain.extra
got += [read(p) for _ in range(3)]
print(got)
