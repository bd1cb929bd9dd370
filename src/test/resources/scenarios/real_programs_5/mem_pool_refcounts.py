import sys

class Buffer:
    def __init__(self, size):
        self.data = bytearray(size)

class BufferPool:
    def __init__(self, size, count):
        self._free = [Buffer(size) for _ in range(count)]
        self._all = list(self._free)

    def get(self):
        return self._free.pop()

    def put(self, buf):
        buf.data[:] = bytes(len(buf.data))
        self._free.append(buf)

pool = BufferPool(16, 3)
first = pool._all[0]
print("owned by pool lists:", sys.getrefcount(first))
b = pool.get()
print("borrowed is first?", b is first, sys.getrefcount(b))
b2 = pool.get()
print("free left:", len(pool._free), sys.getrefcount(b2))
b.data[0:5] = b"hello"
print(bytes(b.data[:8]))
pool.put(b)
print("after put:", bytes(b.data[:8]), len(pool._free))
del b
print("first again:", sys.getrefcount(first))
views = [pool._all[1]] * 4
print("buffer 1 in a list four times:", sys.getrefcount(pool._all[1]))
del views
print("sizes:", sys.getsizeof(first.data), sys.getsizeof(bytearray(0)))
