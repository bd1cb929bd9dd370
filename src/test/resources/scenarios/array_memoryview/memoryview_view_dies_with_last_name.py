import sys

def first_word(buf):
    view = memoryview(buf)
    end = view.tobytes().index(b' ')
    return view[:end]

text = bytearray(b'hello world')
w = first_word(text)
print(w.tobytes(), sys.getrefcount(text))
try:
    text += b'!'
except BufferError as e:
    print(e)
w = None
text += b'!'
print(text, sys.getrefcount(text))
