import gc
import sys

class Reader:
    def __init__(self, data):
        self.view = memoryview(data)
        self.me = self

data = bytearray(b'stream of bytes')
r = Reader(data)
print(sys.getrefcount(data))
del r
try:
    data.append(1)
except BufferError as e:
    print(e)
print(gc.collect())
print(sys.getrefcount(data))
data.append(33)
print(data)
