# A @contextmanager whose generator delegates with `yield from`: an error in the
# with-block is thrown into the generator, which passes it on to the one it
# delegates to, so that one's except and finally run.
from contextlib import contextmanager

log = []


def guarded(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append("handled " + str(e))
    finally:
        log.append("leave " + name)


@contextmanager
def session(name):
    yield from guarded(name)


with session("calc") as s:
    print("inside", s)
    1 / 0
print("after the block")

try:
    with session("parse") as s:
        int("x")
except ValueError as e:
    print("escaped:", e)
print(log)
