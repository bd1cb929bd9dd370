# contextlib.redirect_stdout into a StringIO the program makes: print and sys.stdout.write go there,
# sys.__stdout__ does not; the manager holds the target and a list of old targets (gc counts, refcounts).
import contextlib
import gc
import io
import sys

buf = io.StringIO()
gc.collect()
r = contextlib.redirect_stdout(buf)
a = gc.get_count()
with r as target:
    b = gc.get_count()
    print("inside", 1, 2, sep="-")
    sys.stdout.write("written\n")
    print("to the real stream", file=sys.__stdout__)
    c = sys.getrefcount(buf)
    same = target is buf
d = gc.get_count()
print(a, b, d, c, same, sys.getrefcount(buf), repr(buf.getvalue()))
print(sys.getrefcount(sys.stdout), sys.stdout is sys.__stdout__)
