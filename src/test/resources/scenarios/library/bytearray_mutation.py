# bytearray changes in place: the object keeps its identity and its refcount
import sys
buf = bytearray(b"hello world")
ident = id(buf)
buf[0] = ord("H")
buf[-5:] = b"WORLD!!"
buf.insert(0, 62)
buf.remove(62)
buf.append(0x21)
buf.extend(range(48, 51))
print(buf, len(buf), id(buf) == ident, sys.getrefcount(buf))
buf.reverse()
print(buf, buf.pop(), buf.pop(0), buf)
buf[::2] = bytes(len(buf[::2]))
print(buf)
del buf[::3]
print(buf, sys.getsizeof(buf))
view = buf
view += b"++"
print(view is buf, buf[-2:], sys.getrefcount(buf))
for bad in [lambda: buf.__setitem__(0, 256), lambda: buf.append("x"), lambda: buf.extend(5), lambda: buf.pop(99),
            lambda: bytearray().pop(), lambda: buf.remove(200)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
def assign_int():
    buf[0:2] = 7
try:
    assign_int()
except TypeError as e:
    print(e)
def extended():
    b = bytearray(b"abcdef")
    b[::2] = b"XY"
try:
    extended()
except ValueError as e:
    print(e)
