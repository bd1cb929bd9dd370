# Checking what kind of callable a name holds, and dumping a buffer in hex.
import sys


def square(n):
    return n * n


def countdown(n):
    while n:
        yield n
        n -= 1


class Greeter:
    def hello(self):
        return "hi"


FunctionType = type(lambda: 0)
GeneratorType = type(countdown(1))
NoneType = type(None)
things = [square, lambda x: x, countdown, countdown(3), Greeter().hello, len, None, 42]
for thing in things:
    kinds = [isinstance(thing, FunctionType), isinstance(thing, GeneratorType), isinstance(thing, (NoneType, int))]
    print(type(thing).__name__, kinds)
print(sys.getrefcount(FunctionType) > 2)

data = bytearray(b"memory")
view = memoryview(data)
print(view.hex(), view[1:4].hex(), view.hex(":"), view.hex("-", 2))
print(hex(len(data))[2:], hex(255)[2:], hex(-4096).lstrip("-0x"), data.hex(), bytes(view[:2]).hex())
view.release()
