import gc
import sys

class Big:
    def __del__(self):
        print("Big freed")

def fail():
    big = Big()
    raise ValueError("oops")

gc.collect()
try:
    fail()
except ValueError as e:
    saved = e
print("exception saved; big is alive in its traceback frame")
tb = saved.__traceback__
print(tb.tb_next is not None, type(tb).__name__)
del tb
saved = None
print("after dropping it")
def catch_in_frame():
    try:
        fail()
    except ValueError as err:
        return err.args
print(catch_in_frame())
print(sys.exc_info())
