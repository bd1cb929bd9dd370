# building bytes: += on bytes makes a new object each time, a bytearray grows in place
import sys
out = b"x"
ids = set()
for chunk in [b"ab", b"cde", b"f"]:
    out += chunk
    print(out, sys.getsizeof(out), sys.getrefcount(out))
buf = bytearray()
sizes = []
for chunk in [b"ab", b"cde", b"f", b"ghijklmnop"]:
    buf += chunk
    sizes.append(sys.getsizeof(buf))
print(buf, sizes, sys.getrefcount(buf))
frozen = bytes(buf)
print(frozen, sys.getsizeof(frozen), frozen == buf, frozen is buf)
lines = [("line %d" % i).encode() for i in range(3)]
body = b"\n".join(lines)
print(body, len(body), sys.getsizeof(body), [sys.getrefcount(x) for x in lines])
text = body.decode()
print(repr(text), sys.getsizeof(text), text.split("\n") == [l.decode() for l in lines])
