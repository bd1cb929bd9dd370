# bytes are sized exactly; bytearray over-allocates as it grows.
import sys

for n in [0, 1, 10, 100]:
    print("bytes of", n, "->", sys.getsizeof(b"x" * n))
buf = bytearray()
last = sys.getsizeof(buf)
print("empty bytearray:", last)
for i in range(60):
    buf.append(65)
    size = sys.getsizeof(buf)
    if size != last:
        print("bytearray len %2d -> %d" % (len(buf), size))
        last = size
print("bytearray(10):", sys.getsizeof(bytearray(10)))
print("bytes.join:", sys.getsizeof(b"".join([b"ab"] * 5)))
