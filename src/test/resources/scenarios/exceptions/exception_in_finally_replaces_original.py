# An exception raised in finally replaces the one in flight; the first becomes its __context__.
def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    f()
except Exception as e:
    print(repr(e), "context", repr(e.__context__))
