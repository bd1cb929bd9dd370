# A WeakValueDictionary cache of frozen slot records made weakly referenceable by weakref_slot=True: entries vanish with their last strong reference
import gc
import weakref
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Record:
    key: str
    value: float

    def __del__(self):
        print("freed", self.key)


cache = weakref.WeakValueDictionary()


def load(key):
    found = cache.get(key)
    if found is None:
        found = Record(key, len(key) * 1.5)
        cache[key] = found
    return found


gc.collect()
first = load("alpha")
again = load("alpha")
other = load("be")
print(first is again, first == Record("alpha", 7.5), hash(first) == hash(("alpha", 7.5)))
print(sorted(cache.keys()), Record.__slots__)
del first, again
print(sorted(cache.keys()))
keep = [load("gamma"), other]
keep.append(keep)
del other
print(sorted(cache.keys()), gc.collect())
print(sorted(cache.keys()))
