packet = bytearray(b'HEADER:payload')
view = memoryview(packet)
body = view[7:]
body[0] = ord('P')
body[1:3] = b'AY'
print(packet)
print(body.tolist()[:3], body.readonly, view.readonly)
try:
    body[0] = 256
except ValueError as e:
    print(e)
ro = memoryview(b'fixed')
try:
    ro[0] = 70
except TypeError as e:
    print(e)
