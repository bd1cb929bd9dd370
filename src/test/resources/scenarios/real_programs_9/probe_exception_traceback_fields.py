import sys
class Big:
    def __del__(self):
        print("Big freed")
def fail():
    b = Big()
    raise RuntimeError("x")
try:
    fail()
except RuntimeError as e:
    saved = e
print("kept", saved.__traceback__ is not None)
saved.__traceback__ = None
print("cleared", saved.__traceback__, "__traceback__" in saved.__dict__)
try:
    fail()
except RuntimeError as e:
    err = e.with_traceback(None)
print("with_traceback", err.__traceback__, err is e if False else True)
e = ValueError('x')
for name, val in (('__traceback__', 5), ('__cause__', 5), ('__context__', 'a'), ('__suppress_context__', 1), ('args', 'ab'), ('args', 5), ('args', (1, 2))):
    try:
        setattr(e, name, val); print(name, 'ok', getattr(e, name))
    except Exception as x: print(name, type(x).__name__, x)
print(str(e), repr(e), e.__dict__)
for name in ('__traceback__', '__cause__', '__context__', '__suppress_context__', 'args'):
    try:
        delattr(e, name); print('del ok', name)
    except Exception as x: print('del', name, type(x).__name__, x)
e.__cause__ = KeyError('k'); print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False; print(e.__suppress_context__)
e.__cause__ = None; print(e.__suppress_context__, e.__cause__)
e.__context__ = TypeError("t"); print(repr(e.__context__))
print(e.with_traceback(None) is e, sys.getrefcount(e))
try: e.with_traceback(3)
except Exception as x: print(type(x).__name__, x)
try: e.with_traceback()
except Exception as x: print(type(x).__name__, x)
try: e.with_traceback(tb=None)
except Exception as x: print(type(x).__name__, x)
try:
    raise e
except ValueError as again:
    tb = again.__traceback__
k = KeyError("z").with_traceback(tb)
print(k.__traceback__ is tb)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.__context__ = None
        raise KeyError("inner")
except KeyError as ke:
    print(type(ke.__context__).__name__)
try:
    raise ValueError("v").with_traceback(None)
except ValueError as v:
    print("raised", v.__traceback__ is not None)
