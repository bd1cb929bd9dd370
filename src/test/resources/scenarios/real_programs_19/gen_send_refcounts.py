# Values sent into a generator are held by its frame while it is suspended.
import sys


class Msg:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        print("  msg freed:", self.text)


def consumer():
    last = None
    while True:
        got = yield last
        if got is None:
            return "stopped"
        last = got.text.upper()


c = consumer()
next(c)
m = Msg("hi")
before = sys.getrefcount(m)
print(c.send(m))
print("generator holds it:", sys.getrefcount(m) - before)
del m
print("sent another")
print(c.send(Msg("there")))
print("stopping")
try:
    c.send(None)
except StopIteration as stop:
    print("returned:", stop.value)
print("end")
