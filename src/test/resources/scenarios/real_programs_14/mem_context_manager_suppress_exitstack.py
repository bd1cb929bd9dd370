from contextlib import ExitStack, suppress, contextmanager


class Conn:
    def __init__(self, name):
        self.name = name
        print("connect", name)

    def close(self):
        print("close", self.name)


@contextmanager
def opened(name):
    c = Conn(name)
    try:
        yield c
    finally:
        c.close()


with ExitStack() as stack:
    conns = [stack.enter_context(opened(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback runs first")
    print("using", [c.name for c in conns])
del conns
print("after stack")
with suppress(ZeroDivisionError):
    print("dividing")
    1 / 0
    print("never")
print("suppressed")
print("done")
