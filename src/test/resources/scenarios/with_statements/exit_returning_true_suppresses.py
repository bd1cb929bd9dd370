# __exit__ returning a true value suppresses the exception; a false value lets it propagate.
class Suppress:
    def __init__(self, quiet):
        self.quiet = quiet
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, exc)
        return self.quiet
with Suppress(True):
    raise ValueError("swallowed")
print("continued after suppression")
try:
    with Suppress(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
try:
    with Suppress(0):
        1 / 0
except ZeroDivisionError:
    print("0 is false: propagated")
