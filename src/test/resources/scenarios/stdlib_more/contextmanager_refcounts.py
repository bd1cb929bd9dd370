# what a generator-based context manager holds: before entry the manager keeps the call's argument tuple and the generator keeps its parameter; __enter__ drops the tuple; the yielded object is held by the frame and the target
import sys
import gc
from contextlib import contextmanager

@contextmanager
def opened(resource):
    print("entering", sys.getrefcount(resource))
    try:
        yield resource
    finally:
        print("leaving", sys.getrefcount(resource))

res = ["payload"]
print("alone", sys.getrefcount(res))
cm = opened(res)
print(type(cm), sys.getsizeof(cm), gc.is_tracked(cm))
print("manager made", sys.getrefcount(res))
with cm as handle:
    print("in block", sys.getrefcount(res), handle is res)
print("after", sys.getrefcount(res))
del cm
print("manager gone", sys.getrefcount(res))
print(opened.__name__, opened.__wrapped__.__name__, type(opened), sys.getsizeof(opened))
