import gc
import sys
from functools import partial
def power(base, exp=1, mod=None):
    return base ** exp
def show(*args, **kw):
    return len(args) + len(kw)
square = partial(power, exp=2)
cube2 = partial(power, 2, exp=3)
s2 = partial(show, 1, 2, k=1)
s3 = partial(show, k=1)
plain = partial(show, 1)
for name, call in [("square(3)", lambda: square(3)), ("cube2()", lambda: cube2()), ("square(3, mod=5)", lambda: square(3, mod=5)),
                   ("s2(3)", lambda: s2(3)), ("s2()", lambda: s2()), ("s3()", lambda: s3()), ("s3(1, j=2)", lambda: s3(1, j=2)),
                   ("plain(2, z=1)", lambda: plain(2, z=1)), ("plain()", lambda: plain())]:
    gc.collect()
    r = call()
    print(name, r, gc.get_count())
gc.collect()
x = square(4)
print(gc.get_count())
class A:
    def __init__(self, n):
        self.n = n
    def rc(self, k=0):
        return sys.getrefcount(self)
a = A(1)
f = partial(A.rc, k=1)
print(f(a))
g = partial(A.rc, a, k=2)
print(g())
