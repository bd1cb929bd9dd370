import sys
import gc

def show():
    e = "before"
    try:
        raise ValueError("oops")
    except ValueError as e:
        print("inside:", e)
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)

show()

saved = None
try:
    raise TypeError("kept")
except TypeError as exc:
    saved = exc
print(saved, "exc" in globals())

class Tracker:
    def __del__(self):
        print("Tracker freed")

def keep_traceback():
    t = Tracker()
    raise RuntimeError("with frame")

try:
    keep_traceback()
except RuntimeError as e:
    tb = e.__traceback__
print("traceback kept:", tb is not None, tb.tb_next is not None)
print(sys.exc_info()[0])
del tb
print("deleted tb")
saved = None
print(gc.collect() >= 0)
print("end")
