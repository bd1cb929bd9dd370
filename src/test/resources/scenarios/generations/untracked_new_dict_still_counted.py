# A brand-new dict counts toward generation 0 even though a dict of atoms is not tracked.
import gc
gc.collect()
a = gc.get_count()
d = {}
e = {"a": 1}
b = gc.get_count()
print(a, b, gc.is_tracked(d), gc.is_tracked(e))
