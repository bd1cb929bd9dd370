# Storing an exception keeps every frame of its traceback alive, and each
# frame keeps its locals. Here a logged error list pins large buffers.
import gc
import weakref


class Buffer:
    def __init__(self, size):
        self.data = bytearray(size)


watch = []
errors = []


def parse(chunk):
    buf = Buffer(1000)
    watch.append(weakref.ref(buf))
    if chunk % 2:
        raise ValueError("odd chunk %d" % chunk)
    return chunk


for c in range(6):
    try:
        parse(c)
    except ValueError as e:
        errors.append(e)

print("errors:", [str(e) for e in errors])
print("buffers alive:", sum(1 for w in watch if w() is not None))
for e in errors:
    e.__traceback__ = None
print("after dropping tracebacks:", sum(1 for w in watch if w() is not None))
gc.collect()
print("after collect:", sum(1 for w in watch if w() is not None))
