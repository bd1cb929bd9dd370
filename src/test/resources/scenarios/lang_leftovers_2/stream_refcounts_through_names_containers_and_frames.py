# A standard stream bound to names, held by containers, defaults and frames: each holder adds one to sys.getrefcount (3 and 4 at start)
import sys
from sys import stdout, stderr as err

print("start", sys.getrefcount(sys.stdout) - 1, sys.getrefcount(sys.stderr) - 1)
out = sys.stdout
print("bound", sys.getrefcount(out), sys.getrefcount(err))
streams = [out, err, sys.__stdout__]
table = {"out": out, "err": sys.stderr}
print("containers", sys.getrefcount(out), sys.getrefcount(err))


def report(stream, label="x", fallback=sys.stderr):
    # the argument in the frame, the default held by the function
    return label, sys.getrefcount(stream), sys.getrefcount(fallback)


print("in a frame", report(out), report(err, "e"))
print("default held", sys.getrefcount(sys.stderr))
del report
print("function gone", sys.getrefcount(sys.stderr))
streams.clear()
del table["out"]
print("cleared", sys.getrefcount(sys.stdout), sys.getrefcount(sys.stderr))
del out, stdout, err, table
print("names gone", sys.getrefcount(sys.stdout), sys.getrefcount(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout is sys.stderr)
