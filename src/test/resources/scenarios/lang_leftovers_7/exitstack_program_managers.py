# contextlib.ExitStack with the program's managers: enter_context returns __enter__'s result, callback(fn, *args, **kw), push of an exit function that suppresses, pop_all handing callbacks on, close, exceptions through exit callbacks newest first with __context__
import sys
from contextlib import ExitStack

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False

def report(msg, *, level="info"):
    print(f"[{level}] {msg}")

with ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in ("a", "b", "c")]
    stack.callback(report, "callbacks run last-in first-out", level="debug")
    print("working with", [f.name for f in files])
    print(sys.getrefcount(files[0]))
print("after")

def closer(exc_type, exc, tb):
    print("closer saw", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(closer)
    stack.enter_context(Resource("d"))
    raise ValueError("boom")
print("suppressed")

stack = ExitStack()
r = stack.enter_context(Resource("e"))
later = stack.pop_all()
stack.close()
print("nothing closed yet")
later.close()

class Fails:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitStack() as s:
        s.enter_context(Fails())
        s.enter_context(Resource("f"))
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)
with ExitStack() as s:
    print(s.callback(report, "x") is report)
