# How values are laid out in memory: struct.pack shows the bytes behind ints, floats and records.
import struct
import sys

print("int 1 as 4 bytes, little-endian:", struct.pack("<i", 1))
print("int 1 as 4 bytes, big-endian:   ", struct.pack(">i", 1))
print("network order is big-endian:    ", struct.pack("!H", 258) == struct.pack(">H", 258))
print("-1 as signed and unsigned:", struct.pack("<b", -1), struct.unpack("<B", struct.pack("<b", -1)))
print("bytes, hex:", struct.pack("<I", 0xDEADBEEF).hex(" "))

for code in "xcbB?hHiIlLqQnNefdP":
    print(code, "native size", struct.calcsize(code), "standard size",
          struct.calcsize("=" + code) if code not in "nNP" else "-")

# Native mode pads each field to its own alignment; standard mode packs tightly.
record = "bhiq"
print(record, "native:", struct.calcsize(record), "packed:", struct.calcsize("=" + record))
print("char then double:", struct.calcsize("cd"), struct.calcsize("<cd"), "double then char:", struct.calcsize("dc"))
print(struct.pack("@bhi", 1, 2, 3))
print(struct.pack("=bhi", 1, 2, 3))

# Floats: what 0.1 really is, and how much precision survives in 4 and 2 bytes.
for fmt in ("<d", "<f", "<e"):
    raw = struct.pack(fmt, 0.1)
    back = struct.unpack(fmt, raw)[0]
    print(fmt, raw.hex(), back, back == 0.1)
bits = struct.unpack("<Q", struct.pack("<d", -2.5))[0]
print("sign", bits >> 63, "exponent", (bits >> 52) & 0x7FF, "mantissa", bits & ((1 << 52) - 1))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.pack("<f", float("inf")), struct.unpack(">d", bytes(8)))

# A fixed-size record: a name padded to 10 bytes, an age and a score.
Person = "<10sBf"
row = struct.pack(Person, "Ada".encode(), 36, 97.5)
print(len(row), struct.calcsize(Person), row)
name, age, score = struct.unpack(Person, row)
print(name, name.rstrip(b"\x00").decode(), age, score)
print(struct.pack("5p", b"hello world"), struct.unpack("5p", struct.pack("5p", b"hi")))

# Several records in one buffer.
buffer = bytearray(struct.calcsize("<hh") * 3)
for i, (x, y) in enumerate([(1, 2), (-3, 4), (500, -600)]):
    struct.pack_into("<hh", buffer, i * 4, x, y)
print(buffer)
print([struct.unpack_from("<hh", buffer, offset) for offset in range(0, len(buffer), 4)])
print(struct.unpack_from("<h", buffer, offset=-2))

values = struct.unpack("<3H", b"\x01\x00\x02\x00\x03\x00")
print(values, type(values).__name__, sys.getrefcount(values))
print(struct.unpack("?c2s", b"\x07xyz"))

for fmt, args in [("<h", (40000,)), ("<B", (-1,)), ("<i", (2 ** 31,)), ("<Q", (-1,)), ("<i", ("7",)),
                  ("<f", (1e300,)), ("<hh", (1,)), ("<i", (1.5,)), ("<q", (2 ** 64,)), ("z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError) as e:
        print(fmt, args, type(e).__name__, e)
try:
    struct.unpack("<i", b"\x00\x01")
except struct.error as e:
    print("unpack:", e)
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
