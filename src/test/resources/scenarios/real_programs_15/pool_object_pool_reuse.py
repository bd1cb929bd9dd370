# A tiny object pool: released objects go back to a free list and the
# next acquire hands the same object out again.
import sys


class Buffer:
    created = 0

    def __init__(self):
        Buffer.created += 1
        self.data = bytearray(8)
        self.serial = Buffer.created


class Pool:
    def __init__(self):
        self.free = []
        self.in_use = 0

    def acquire(self):
        self.in_use += 1
        if self.free:
            return self.free.pop()
        return Buffer()

    def release(self, buf):
        self.in_use -= 1
        buf.data[:] = bytes(8)
        self.free.append(buf)


pool = Pool()
a = pool.acquire()
b = pool.acquire()
a.data[0] = 42
print(a.serial, b.serial, Buffer.created)
pool.release(a)
print("refs to a while pooled:", sys.getrefcount(a))
c = pool.acquire()
print("got a back:", c is a, c.serial, c.data[0])
del a
print("refs after del a:", sys.getrefcount(c))
pool.release(b)
pool.release(c)
d, e, f = pool.acquire(), pool.acquire(), pool.acquire()
print(sorted(x.serial for x in (d, e, f)), Buffer.created, pool.in_use, len(pool.free))
