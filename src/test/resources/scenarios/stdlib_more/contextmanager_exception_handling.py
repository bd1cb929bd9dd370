# exceptions raised in the with block are thrown into the generator at its yield: caught there they are suppressed, otherwise finally runs and they propagate; CPython's RuntimeErrors for a generator that does not yield or yields twice
from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback ({e})")
    else:
        log.append("commit")
    finally:
        log.append("end")

log = []
with transaction(log):
    log.append("insert")
with transaction(log):
    raise ValueError("bad row")
print(log)

log = []
try:
    with transaction(log):
        raise KeyError("id")
except KeyError as e:
    print("propagated", repr(e), log)

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")

try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)

@contextmanager
def never_yields():
    if False:
        yield

@contextmanager
def yields_twice():
    yield 1
    yield 2

@contextmanager
def keeps_yielding():
    try:
        yield
    except Exception:
        yield

for cm in [never_yields(), yields_twice()]:
    try:
        with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with keeps_yielding():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError:", e)
