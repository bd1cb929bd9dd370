buf = bytearray(b'hello')
view = memoryview(buf)
try:
    buf.append(33)
except BufferError as e:
    print("BufferError:", e)
buf[0] = ord('j')
print(view.tobytes())
view.release()
buf.append(33)
print(buf)
