import array
import weakref

a = array.array('h', [1, 256, -1])
print(bytes(a))
print(bytearray(a))
print(b'>' + a)
packet = bytearray(b'..')
packet.extend(memoryview(a)[1:])
print(packet)
print(bytearray(b'\x01\x00') == array.array('h', [1]), b'\x01\x00' == array.array('h', [1]))
r = weakref.ref(a)
print(r() is a)
del a
print(r())
m = memoryview(b'abc')
w = weakref.ref(m)
print(w() is m)
m = None
print(w())
