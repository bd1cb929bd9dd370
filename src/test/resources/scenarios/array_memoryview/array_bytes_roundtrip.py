import array

temps = array.array('h', [21, -3, 300])
raw = temps.tobytes()
print(raw, len(raw))
back = array.array('h')
back.frombytes(raw)
print(back, back == temps)
d = array.array('d', [0.1, 2.5])
print(d.tobytes())
f = array.array('f', [0.1])
print(f, f[0])
try:
    back.frombytes(b'abc')
except ValueError as e:
    print(e)
