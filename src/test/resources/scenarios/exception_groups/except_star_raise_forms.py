# What except* raises again: a bare raise keeps the original group, raise eg is a new raise, a BaseException is wrapped in a BaseExceptionGroup
def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg
def b():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg.exceptions[0]
    except* TypeError as eg:
        raise ExceptionGroup("new", [OSError(5)])
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
for f in (a, b, c):
    try:
        f()
    except BaseExceptionGroup as x:
        print(f.__name__, repr(x), [type(e).__name__ for e in x.exceptions])
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as k:
    print(repr(k))
except* ValueError as v:
    print(repr(v))
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt:
        print("wrapped?")
except TypeError as e:
    print("TE", e)
