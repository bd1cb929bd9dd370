# bytes and bytearray take __index__ for sizes, indexes, item values and repetition; %c takes a
# character code through __index__; gc.collect takes its generation through it.
import gc
import sys


class Code:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


ba = bytearray(b"abc")
ba[Code(0)] = Code(65)
print(ba, ba[Code(-1)], bytes([Code(104), Code(105)]))
ba *= Code(2)
print(ba, sys.getsizeof(ba))
print(b"ab" * Code(2), Code(3) * b"-")
print("%c%c" % (Code(72), Code(105)), "[%3c]" % Code(33))
try:
    ba[0] = Code(300)
except ValueError as e:
    print("ValueError", e)
try:
    "%c" % Code(-1)  # noqa
except OverflowError as e:
    print("OverflowError", str(e).replace("0x", "hex "))
print(gc.collect(Code(0)), gc.get_count())
