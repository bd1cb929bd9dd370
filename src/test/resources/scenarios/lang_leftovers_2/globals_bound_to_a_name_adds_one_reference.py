# globals() bound to a name is the module dict itself: each name and frame holding it adds one to sys.getrefcount (4 at the top of a script without functions)
import gc
import sys

print("start", sys.getrefcount(globals()))
gc.collect()
ns = globals()
also = vars()
print("bound twice", sys.getrefcount(ns), gc.get_count())
print(ns is globals(), also is ns, locals() is ns, ns is not {})
ns["total"] = 10
ns["total"] += 5
print(total, "total" in ns, len(ns) - len(globals()), sys.getrefcount(ns))
del also
print("one name gone", sys.getrefcount(globals()))
del ns
print("both gone", sys.getrefcount(globals()), "ns" in globals())
