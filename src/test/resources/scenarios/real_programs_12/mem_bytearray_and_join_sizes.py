import sys

buf = bytearray()
sizes = []
for i in range(40):
    buf.append(65 + i % 26)
    sizes.append(sys.getsizeof(buf))
print(sorted(set(sizes)))
print(bytes(buf[:5]), len(buf))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word.upper())
joined = "-".join(parts)
print(joined, sys.getsizeof(joined), sys.getsizeof(""))
s = ""
for ch in "abcdef":
    s += ch
print(s, sys.getsizeof(s))
print(sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("a" * 100))
print(sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))
mv = memoryview(buf)
print(mv[0], bytes(mv[1:3]), mv.nbytes)
mv.release()
