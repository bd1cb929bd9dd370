# Builtin functions and methods and modules are GC objects in CPython; static types are not.
import gc, math, itertools, operator, functools

class C:
    def m(self):
        pass

for o in (len, print, math.sqrt, gc.collect, [].append, "x".upper, math, gc, int, list, type,
          ValueError, operator.itemgetter(1), functools.partial(print), C, C.m, C().m,
          None, 1, "s", (), [], {}):
    print(type(o).__name__, gc.is_tracked(o))
