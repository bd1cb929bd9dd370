# bytes and bytearray hold no references: gc never tracks them, only their containers count
import gc, sys
gc.collect()
blob = bytes(1000)
buf = bytearray(b"scratch")
print(gc.is_tracked(blob), gc.is_tracked(buf), gc.is_tracked([blob]), gc.is_tracked((blob, buf)))
class Packet:
    def __init__(self, data):
        self.data = data
        self.peer = None
a = Packet(b"ping" * 10)
b = Packet(bytearray(b"pong"))
a.peer, b.peer = b, a
print(sys.getsizeof(a.data), sys.getsizeof(b.data))
del a, b
print(gc.collect())
cycle = [b"head"]
cycle.append(cycle)
del cycle
print(gc.collect())
try:
    import weakref
    weakref.ref(blob)
except TypeError as e:
    print(e)
print(gc.get_referents(blob), gc.get_referents(buf))
