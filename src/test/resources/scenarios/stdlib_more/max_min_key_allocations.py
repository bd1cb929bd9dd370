# min and max are METH_VARARGS | METH_KEYWORDS builtins: each call packs its positional arguments into a tuple and, with key= or default=, its keywords into a dict (gc counts), while itemgetter keys are called without a tuple
import gc
import sys
from operator import itemgetter

rows = [("b", 2), ("a", 5), ("c", 1)]
by_value = itemgetter(1)
gc.collect()
a = gc.get_count(); top = max(rows, key=by_value); b = gc.get_count()
gc.collect()
c = gc.get_count(); low = min(rows); d = gc.get_count()
gc.collect()
e = gc.get_count(); none = min([], default=None); f = gc.get_count()
gc.collect()
g = gc.get_count(); bigger = max(rows[0], rows[1], key=by_value); h = gc.get_count()
print(a, b, c, d, e, f, g, h)
print(top, low, none, bigger)
print("row refcount", sys.getrefcount(rows[1]))
