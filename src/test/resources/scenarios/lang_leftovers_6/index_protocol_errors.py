# __index__ must return an int: anything else is CPython's TypeError, whatever asked for it.
# bytes() and bytearray() then read the object as an iterable instead.
import operator


class Bad:
    def __index__(self):
        return "7"


class FloatIndex:
    def __index__(self):
        return 2.0


class NoIndex:
    pass


b = Bad()
attempts = [
    ("list index", lambda: [1, 2][b]),
    ("tuple slice", lambda: (1, 2)[b:]),
    ("str index", lambda: "ab"[FloatIndex()]),
    ("range", lambda: range(b)),
    ("hex", lambda: hex(b)),
    ("operator.index", lambda: operator.index(b)),
    ("int", lambda: int(b)),
    ("float", lambda: float(b)),
    ("repeat", lambda: [0] * b),
    ("bytes", lambda: bytes(b)),
    ("bytearray", lambda: bytearray(b)),
    ("round", lambda: round(1.5, b)),
    ("%x", lambda: "%x" % b),
    ("%d", lambda: "%d" % b),
    ("no index", lambda: [1][NoIndex()]),
    ("no index slice", lambda: [1][NoIndex():]),
    ("no index range", lambda: range(NoIndex())),
    ("no index repeat", lambda: "ab" * NoIndex()),
    ("no index bytes", lambda: bytes(NoIndex())),
]
for what, f in attempts:
    try:
        print(what, f())
    except TypeError as e:
        print(what, "TypeError:", e)
