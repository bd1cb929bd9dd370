# bytearray over-allocates like a list when you append; bytes objects
# are immutable and sized exactly; join builds one exact result.
import sys

buf = bytearray()
last = sys.getsizeof(buf)
print("empty bytearray:", last)
for i in range(1, 80):
    buf.append(i % 256)
    size = sys.getsizeof(buf)
    if size != last:
        print(f"{i:2} bytes -> {size}")
        last = size
print("bytearray(b'abc'):", sys.getsizeof(bytearray(b"abc")))
print("bytes of 0, 1, 10, 100:", [sys.getsizeof(bytes(n)) for n in (0, 1, 10, 100)])
parts = [b"ab"] * 10
print("joined:", sys.getsizeof(b"".join(parts)), len(b"".join(parts)))
grown = b""
for p in parts:
    grown += p
print("grown by +=:", sys.getsizeof(grown), grown == b"".join(parts))
del buf[10:]
print("after truncating to 10:", sys.getsizeof(buf))
