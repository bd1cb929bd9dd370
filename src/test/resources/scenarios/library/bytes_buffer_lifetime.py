# a bytearray owned by an instance dies with it; weakref shows the owner's lifetime
import sys, weakref, gc
class Reader:
    def __init__(self):
        self.buffer = bytearray()
    def feed(self, chunk):
        self.buffer += chunk
        return sys.getsizeof(self.buffer)
r = Reader()
print([r.feed(b"x" * n) for n in (3, 5, 20, 1)])
alive = weakref.ref(r)
kept = r.buffer
print(sys.getrefcount(kept))
del r
print(alive(), sys.getrefcount(kept), len(kept))
chunks = [bytes([i]) * 100 for i in range(3)]
total = b"".join(chunks)
print(len(total), sys.getsizeof(total), sys.getsizeof(chunks))
del chunks
print(gc.collect(), total[:3], total[-1])
