# bytes methods hand back the same object when nothing changes; bytearray always copies
import sys
data = b"stable-bytes"
before = sys.getrefcount(data)
same = [data.strip(), data.replace(b"q", b"z"), data[:], data * 1, bytes(data), data + b"", b"".join([data]),
        data.removeprefix(b"zz"), data.lstrip(b"q")]
print([x is data for x in same])
print(sys.getrefcount(data) - before)
buf = bytearray(data)
copies = [buf.strip(), buf[:], buf.replace(b"q", b"z"), buf.copy()]
print([x is buf for x in copies], [x == buf for x in copies], sys.getrefcount(buf))
changed = data.upper()
print(changed, changed is data, sys.getrefcount(changed))
