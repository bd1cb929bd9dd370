# A suspended generator keeps its frame and therefore its locals alive.
import sys


class Chunk:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("chunk freed:", self.name)


def reader():
    buf = Chunk("buffer")
    yield 1
    yield 2
    print("generator finishing")


g = reader()
print("created:", g.gi_suspended, g.gi_running)
print(next(g))
print("suspended at a yield:", g.gi_suspended)
print(next(g))
print("dropping the generator")
del g
print("---")
g2 = reader()
next(g2)
print("closing")
g2.close()
print("closed:", g2.gi_suspended)
print("---")
g3 = reader()
for v in g3:
    print("got", v)
print("exhausted:", g3.gi_suspended)
