import sys

buf = bytearray(b'abc')
with memoryview(buf) as m:
    print(m[0], m.tobytes(), sys.getrefcount(buf))
    try:
        buf.extend(b'def')
    except BufferError as e:
        print(e)
print(sys.getrefcount(buf))
buf.extend(b'def')
print(buf)
try:
    m[0]
except ValueError as e:
    print(e)
