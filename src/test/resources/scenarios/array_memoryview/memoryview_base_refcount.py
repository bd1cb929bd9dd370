import sys

data = bytearray(b'0123456789')
print(sys.getrefcount(data))
m = memoryview(data)
print(sys.getrefcount(data), sys.getrefcount(m))
part = m[2:5]
again = memoryview(m)
print(sys.getrefcount(data), sys.getrefcount(m))
m.release()
print(sys.getrefcount(data))
part.release()
again.release()
print(sys.getrefcount(data))
