# A caught exception that you store keeps its traceback, the traceback keeps
# the frames, and the frames keep their local variables alive.
import gc
import sys


class Big:
    alive = 0

    def __init__(self, label):
        self.label = label
        Big.alive += 1

    def __del__(self):
        Big.alive -= 1
        print("freed", self.label)


def risky(label):
    payload = Big(label)
    raise ValueError("bad " + label)


saved = []
for name in ["one", "two"]:
    try:
        risky(name)
    except ValueError as exc:
        saved.append(exc)
print("alive while exceptions are saved:", Big.alive)

tb = saved[0].__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback entries:", depth)

print("clearing the first traceback")
saved[0].__traceback__ = None
print("alive:", Big.alive)

print("dropping the list")
saved.clear()
print("alive:", Big.alive)
gc.collect()
print("after collect:", Big.alive)


def keep_info():
    try:
        risky("three")
    except ValueError:
        return sys.exc_info()


info = keep_info()
print("exc_info kept, alive:", Big.alive)
print(info[0].__name__, info[1])
del info
print("released, alive:", Big.alive)
gc.collect()
print("after collect:", Big.alive)
