import sys
import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def fail():
    r = Resource("inside-fail")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    n, t = 0, tb
    while t is not None:
        n += 1
        t = t.tb_next
    print("frames in traceback:", n, tb.tb_lineno)
print("after except block")
del tb
print("traceback dropped")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("exception saved; resource alive until it goes")
saved = None
print("saved cleared")
info = None
try:
    fail()
except ValueError:
    info = sys.exc_info()
print(info[0].__name__, info[1])
info = None
print("collect:", gc.collect())
print("end")
