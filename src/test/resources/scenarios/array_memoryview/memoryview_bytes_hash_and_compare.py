key = memoryview(b'abc')
print(hash(key) == hash(b'abc'))
print(key == b'abc', key[:2] == b'ab', key == bytearray(b'abc'))
try:
    hash(memoryview(bytearray(b'abc')))
except ValueError as e:
    print(e)
print(bool(memoryview(b'')), 98 in key)
print(bytes(key), bytearray(key))
