# sys.exc_info() names the exception being handled, in an except block and in a finally run by an exception.
import sys
def show(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else None, repr(v), tb is not None)
show("outside")
try:
    try:
        raise KeyError("a")
    finally:
        show("finally")
except KeyError:
    show("except")
    try:
        raise ValueError("inner")
    except ValueError:
        show("nested except")
    show("back in outer except")
show("after")
