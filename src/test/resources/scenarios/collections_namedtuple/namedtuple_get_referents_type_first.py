# gc.get_referents of an instance: its class first, then the items last to first (as a tuple's).
import gc
from collections import namedtuple
Pair = namedtuple("Pair", "first second")
a, b = [1], [2]
p = Pair(a, b)
refs = gc.get_referents(p)
print(refs[0] is Pair, refs[1:])
print(gc.get_referents((a, b)))
print(p in gc.get_referrers(a))
