# A report written to a stream or an io.StringIO chosen at run time: both answer isatty() False, with IOBase's own TypeError
import io
import sys


def report(rows, target):
    kind = "terminal" if target.isatty() else "redirected"
    for row in rows:
        print(*row, sep=" | ", file=target)
    return kind, target.writable()


buffer = io.StringIO()
print(report([("a", 1), ("b", 2)], sys.stdout))
print(report([("c", 3)], buffer), sys.getrefcount(buffer))
print(repr(buffer.getvalue()), buffer.readable(), sys.stdout.readable())
targets = [sys.stdout, buffer]
print(sys.getrefcount(sys.stdout), sys.getrefcount(buffer))
try:
    buffer.isatty(1)
except TypeError as e:
    print("TypeError:", e)
