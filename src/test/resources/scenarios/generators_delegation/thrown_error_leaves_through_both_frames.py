# An error thrown into a delegating generator goes to the inner one; uncaught, it
# leaves through both frames, so its traceback has an entry for each.
import sys
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
next(g)
err = ValueError("thrown")
print(sys.getrefcount(err))
try:
    g.throw(err)
except ValueError as e:
    print(sys.getrefcount(e), e.__traceback__.tb_next is not None)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("entries", n)
pass
print(sys.getrefcount(err))
h = outer()
next(h)
h.throw(KeyError("uncaught"))
