# Errors of a StringIO: wrong types, bad seeks, and using it after close.
import io

buf = io.StringIO("abc")
for attempt in range(5):
    try:
        if attempt == 0:
            buf.write(42)
        elif attempt == 1:
            buf.seek(-1)
        elif attempt == 2:
            buf.seek(1, 1)
        elif attempt == 3:
            buf.seek(0, 5)
        else:
            buf.read("all")
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    io.StringIO(3.5)
except TypeError as e:
    print("TypeError:", e)
buf.close()
buf.close()
for op in ("write", "read", "tell"):
    try:
        if op == "write":
            buf.write("x")
        elif op == "read":
            buf.read()
        else:
            buf.tell()
    except ValueError as e:
        print(op, "ValueError:", e)
try:
    for line in buf:
        pass
except ValueError as e:
    print("iterating: ValueError:", e)
