import sys

data = bytearray(b'abcdefghijklmnopqrstuvwxyz' * 40)
view = memoryview(data)
print(sys.getsizeof(data))
chunk = data[100:900]
print(sys.getsizeof(chunk))
window = view[100:900]
print(sys.getsizeof(window), len(window), window.nbytes)
print(window.obj is data)
print(bytes(window[:5]))
