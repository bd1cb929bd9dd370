import sys


class Big:
    count = 0

    def __init__(self):
        Big.count += 1

    def __del__(self):
        Big.count -= 1
        print("Big freed")


def fail():
    local = Big()
    raise RuntimeError("failure with a live local")


try:
    fail()
except RuntimeError as e:
    saved = e
    print("caught; live Bigs:", Big.count)
print("after except; live:", Big.count)
print(saved.__traceback__ is not None, type(saved.__traceback__).__name__)
saved.__traceback__ = None
print("traceback cleared; live:", Big.count)
del saved
print("live:", Big.count)


def fail2():
    b = Big()
    1 / 0


try:
    fail2()
except ZeroDivisionError:
    info = sys.exc_info()
    print(info[0].__name__, str(info[1]))
del info
print("live:", Big.count)
try:
    fail2()
except ZeroDivisionError as e:
    err = e.with_traceback(None)
print("live after with_traceback(None):", Big.count, type(err).__name__)
