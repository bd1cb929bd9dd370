# In CPython 3.11 locals() in a function is the frame's one f_locals dict, refreshed at each call:
# it holds a reference to every local until the frame ends.
import gc
import sys


def snapshot_holds_values():
    data = [1, 2, 3]
    print(sys.getrefcount(data))
    d = locals()
    print(sys.getrefcount(data), d is locals(), list(d))
    del d
    print(sys.getrefcount(data))
    again = locals()
    print(list(again), again["again"] is again)
    print(sys.getrefcount(again))
    return again


result = snapshot_holds_values()
print(sorted(result), result["result"] if "result" in result else "no result key")
print(result["again"] is result)
del result
print(gc.collect())
