# CPython's TypeErrors from the stream's methods, then an uncaught one.
import sys

for bad in [42, None, b"bytes", ["ok\n", 3]]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("write:", e)
    try:
        sys.stdout.writelines(bad)
    except TypeError as e:
        print("writelines:", e)
try:
    sys.stdout.write()
except TypeError as e:
    print(e)
try:
    sys.stdout.write("a", "b")
except TypeError as e:
    print(e)
try:
    sys.stdout.flush(True)
except TypeError as e:
    print(e)
try:
    sys.stdout.write(text="x")
except TypeError as e:
    print(e)
sys.stdout.write(3.5)
