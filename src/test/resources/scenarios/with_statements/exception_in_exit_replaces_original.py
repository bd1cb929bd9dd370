# An exception raised in __exit__ replaces the one in flight, which becomes its __context__.
class Broken:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")
try:
    with Broken():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
