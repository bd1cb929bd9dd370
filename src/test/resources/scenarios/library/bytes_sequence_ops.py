# indexing gives ints, slicing gives bytes; iteration, reversed, in, comparisons, + and *
data = b"memory-lab"
print(data[0], data[-1], data[2:6], data[::-1], data[::3], data[100:])
print(list(data[:4]), list(reversed(b"abc")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02\x03"))
print(b"lab" in data, 109 in data, b"" in data, b"xyz" in data, [c for c in b"hi"])
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"), b"a" == "a", b"x" != b"y")
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"-" * 5, 3 * b"ab", b"x" * 0, b"x" * -1)
it = iter(b"ok")
print(next(it), next(it), next(it, "done"), type(it).__name__, type(iter(bytearray())).__name__)
print(len(b""), len(bytes(7)), bool(b""), bool(b"\x00"), b"abc".index(99), any(b"\x00\x00"), tuple(bytearray(b"\x07")))
print(type(b""), type(bytearray()), isinstance(b"", bytes), isinstance(bytearray(), bytes), bytes, bytes.__name__)
for bad in [lambda: data[20], lambda: bytearray(data)[20], lambda: b"a" + "b", lambda: b"a" + 1,
            lambda: "s" in b"abc", lambda: 300 in b"abc", lambda: b"a" < "b", lambda: bytearray() + "x"]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
