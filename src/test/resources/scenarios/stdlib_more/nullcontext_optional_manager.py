# nullcontext as a stand-in manager: __enter__ returns enter_result (None by default) and __exit__ suppresses nothing; the manager holds enter_result
import sys
import gc
from contextlib import nullcontext, suppress

def process(items, quiet=False):
    manager = suppress(ZeroDivisionError) if quiet else nullcontext()
    with manager:
        return [10 // x for x in items]

print(process([1, 2, 5]))
print(process([1, 0], quiet=True))
try:
    process([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

data = [1, 2]
n = nullcontext(data)
print(type(n), sys.getsizeof(n), gc.is_tracked(n), sys.getrefcount(data))
with n as d:
    print(d is data, sys.getrefcount(data))
with nullcontext() as nothing:
    print(nothing)
del n
print(sys.getrefcount(data))
