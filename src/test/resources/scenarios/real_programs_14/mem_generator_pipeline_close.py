import gc
import sys


def read_lines(lines):
    try:
        for i, line in enumerate(lines, 1):
            yield i, line
    finally:
        print("reader closed")


def non_blank(pairs):
    for i, line in pairs:
        if line.strip():
            yield i, line.strip()


def numbered(pairs, width=3):
    for i, line in pairs:
        yield f"{i:0{width}d}: {line}"


gc.collect()
data = ["alpha", "", "  beta ", "gamma", "   ", "delta"]
pipe = numbered(non_blank(read_lines(data)))
print(next(pipe))
print(next(pipe))
print("refcount data:", sys.getrefcount(data))
pipe.close()
print("after close")
print("refcount data:", sys.getrefcount(data))
for row in numbered(non_blank(read_lines(data)), width=2):
    print(row)
print("collected:", gc.collect())
