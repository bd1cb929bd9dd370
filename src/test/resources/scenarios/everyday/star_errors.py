# CPython's messages for unpacking what cannot be unpacked; nothing is left behind.
import sys

x = [1]
for make in (lambda: [*1], lambda: (*None, 1), lambda: {*5}, lambda: {**[1]}, lambda: [*x, *3.5]):
    try:
        make()
    except TypeError as e:
        print(e)
print(sys.getrefcount(x))

class Bad:
    def __iter__(self):
        raise TypeError("no")

try:
    [*Bad()]
except TypeError as e:
    print(e)
