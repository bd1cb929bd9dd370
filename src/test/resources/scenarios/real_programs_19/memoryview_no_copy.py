# Slicing bytes copies; slicing a memoryview does not.
import sys

data = bytearray(b"x" * 1000)
piece = data[:500]
view = memoryview(data)[:500]
print("bytearray slice size:", sys.getsizeof(piece))
print("memoryview slice size:", sys.getsizeof(view))
view[0] = ord("Y")
print("original changed through the view:", chr(data[0]))
piece[1] = ord("Z")
print("original unchanged by the copy:", chr(data[1]))
print("view len:", len(view), "nbytes:", view.nbytes, "readonly:", view.readonly)
try:
    data.append(1)
except BufferError as e:
    print("BufferError:", e)
view.release()
m2 = memoryview(data)
m2.release()
data.append(33)
print("after release:", len(data))
print(bytes(memoryview(b"abcdef")[1:4]))
