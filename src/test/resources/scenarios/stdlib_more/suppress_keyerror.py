# contextlib.suppress: the named exceptions (and their subclasses) are swallowed at the end of the block, others propagate; the manager keeps its tuple of exception classes
import sys
import gc
from contextlib import suppress

config = {"host": "localhost"}
with suppress(KeyError):
    port = config["port"]
    print("not reached")
print("missing key suppressed")

ignore_lookup = suppress(KeyError, IndexError)
print(type(ignore_lookup), sys.getsizeof(ignore_lookup), gc.is_tracked(ignore_lookup))
with ignore_lookup as nothing:
    print("target", nothing)
    [][3]
with ignore_lookup:
    {}["x"]
with suppress(LookupError):
    [1, 2][5]
print("subclasses suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError propagated:", e)

class Missing(Exception):
    pass

with suppress(Missing):
    raise Missing("gone")
with suppress():
    print("nothing to suppress")
values = [1, 2, 3]
for i in range(5):
    with suppress(IndexError):
        print(values[i] * 10)
