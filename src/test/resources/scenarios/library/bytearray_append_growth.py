# bytearray over-allocates like a list: size + size/8 + 3 (or + 6 past 8 bytes)
import sys
buf = bytearray()
print(sys.getsizeof(buf))
last = sys.getsizeof(buf)
for i in range(60):
    buf.append(i)
    size = sys.getsizeof(buf)
    if size != last:
        print("len", len(buf), "size", size)
        last = size
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(5)), sys.getsizeof(bytearray([1, 2, 3])))
print(sys.getsizeof(bytearray(range(3))), sys.getsizeof(bytearray(x for x in range(10))), sys.getsizeof(bytearray(0)))
