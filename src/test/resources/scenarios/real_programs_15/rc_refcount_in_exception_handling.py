# An exception's traceback keeps the frames (and their locals) alive
# until the `except` block ends and the name is unbound.
import sys


class Big:
    pass


def fail(obj):
    local = obj
    raise RuntimeError("boom")


big = Big()
base = sys.getrefcount(big)
try:
    fail(big)
except RuntimeError as err:
    print("inside except:", sys.getrefcount(big) - base)
    tb = err.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback depth:", depth)
print("after except:", sys.getrefcount(big) - base)
saved = None
try:
    fail(big)
except RuntimeError as err:
    saved = err
print("saved exception keeps it:", sys.getrefcount(big) - base)
saved = None
print("released:", sys.getrefcount(big) - base)
