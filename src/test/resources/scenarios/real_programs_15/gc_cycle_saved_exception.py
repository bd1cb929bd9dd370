# Keeping a caught exception in a local variable of the same frame makes
# a cycle: frame -> exception -> traceback -> frame.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def fails():
    raise ValueError("bad input")


def keep_error():
    res = Resource("buffer")
    try:
        fails()
    except ValueError as e:
        saved = e
    return type(saved).__name__


def drop_error():
    res = Resource("socket")
    try:
        fails()
    except ValueError as e:
        kind = type(e).__name__
    return kind


gc.collect()
print(keep_error())
print("after keep_error returned")
print("collected:", gc.collect())
print(drop_error())
print("after drop_error returned")
print("collected:", gc.collect())
