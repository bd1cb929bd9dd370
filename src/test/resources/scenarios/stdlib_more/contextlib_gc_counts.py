# allocation counts of contextlib's managers follow Lib/contextlib.py's code: helper's *args tuple and **kwds dict, the class call's tuple, the merged keyword dict, suppress's two tuples, nullcontext's *exc_info tuple; a suppressed exception's objects are freed
import gc
from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def managed(x, flag=False):
    try:
        yield x
    except KeyError:
        pass

r = [1]
gc.collect()
a = gc.get_count(); cm = managed(r, flag=True); b = gc.get_count()
with cm:
    c = gc.get_count()
    raise KeyError("k")
d = gc.get_count()
with suppress(ValueError):
    e = gc.get_count()
    int("x")
f = gc.get_count()
g = gc.get_count(); n = nullcontext(r); h = gc.get_count()
with n:
    i = gc.get_count()
j = gc.get_count()
print(a, b, c, d)
print(e, f, g, h, i, j)
del cm
print("collected", gc.collect())
