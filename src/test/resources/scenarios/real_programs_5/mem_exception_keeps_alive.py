import sys
import gc

class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  released {self.name}")

def fails():
    res = Resource("inside fails")
    raise RuntimeError("boom")

print("handler without keeping the exception:")
try:
    fails()
except RuntimeError as e:
    print("  caught", e)
print("  after the handler")

print("keeping the exception in a variable:")
saved = None
try:
    fails()
except RuntimeError as e:
    saved = e
print("  after the handler, still saved")
del saved
print("  dropped saved")

print("traceback frames keep locals:")
def outer():
    obj = Resource("outer local")
    try:
        fails()
    except RuntimeError as exc:
        return exc

err = outer()
tb = err.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("  traceback depth", depth)
del err
print("  exception dropped; a cycle?", gc.collect() > 0)
print("exc_info inside handler:")
try:
    {}["missing"]
except KeyError:
    kind, value, trace = sys.exc_info()
    print("  ", kind.__name__, value, trace is not None)
    del trace
print("  outside:", sys.exc_info())
