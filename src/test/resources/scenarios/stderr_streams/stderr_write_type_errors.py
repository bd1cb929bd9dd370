import sys

for bad in [5, None, b"bytes", ["list"]]:
    try:
        sys.stderr.write(bad)
    except TypeError as e:
        print(e)
try:
    sys.stderr.writelines(["fine\n", 7])
except TypeError as e:
    print(e)
try:
    sys.stderr.write()
except TypeError as e:
    print(e)
try:
    sys.stderr.flush(1)
except TypeError as e:
    print(e)
