import sys
import gc


class Buffer:
    def __init__(self, n):
        self.data = list(range(n))

    def __del__(self):
        print("buffer of", len(self.data), "released")


def chunks(n, size):
    buf = Buffer(n)
    for i in range(0, n, size):
        yield buf.data[i:i + size]
    print("generator finished normally")


g = chunks(10, 4)
print(next(g))
print("generator size:", sys.getsizeof(g) > 0)
print("closing early")
g.close()
print("after close")

g2 = chunks(6, 4)
for part in g2:
    print("part", part)
print("loop done")
del g2

g3 = chunks(3, 2)
print(next(g3))
del g3
print("after del g3")


def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield tuple(seq[i:i + k])


print(list(windows("abcde", 3)))
print(sum(1 for _ in windows(range(100), 10)))
print(gc.collect())
