# Who refers to an object, and what an object refers to.
import gc


class Box:
    pass


item = Box()
holder = [item]
other = {"key": item}
refs = gc.get_referrers(item)
print("list among referrers:", any(r is holder for r in refs))
print("dict among referrers:", any(r is other for r in refs))
print("referents of the list:", gc.get_referents(holder) == [item])
print(len(gc.get_referents(other)))
