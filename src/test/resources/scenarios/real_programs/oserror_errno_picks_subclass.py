# OSError(errno, strerror) makes the errno's subclass; the str shows [Errno n], a filename and a second one
import sys

for errno in [2, 13, 17, 21, 110, 5]:
    e = OSError(errno, "message")
    print(errno, type(e).__name__, e)
print(type(PermissionError(2, "x")).__name__)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(e, e.args, e.filename2)
print(OSError("a", "b"), OSError("only"), OSError(1, 2, 3, 4, 5, 6))

class AppError(OSError):
    pass

print(type(AppError(2, "x")).__name__, sys.getsizeof(OSError()), sys.getsizeof(AppError()))
try:
    open_failed = OSError(13, "Permission denied", "/etc/shadow")
    raise open_failed
except PermissionError as err:
    print("caught", err)
