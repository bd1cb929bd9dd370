# ExitStack over contextlib's own managers and @contextmanager generators: tags closed in reverse, closing() calling close(), suppress() swallowing the error raised in the block
import sys
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name
    print("</" + name + ">")

class Conn:
    def close(self):
        print("conn closed")

with ExitStack() as stack:
    print(stack.enter_context(tag("html")))
    print(stack.enter_context(tag("body")))
    stack.enter_context(suppress(ZeroDivisionError))
    c = stack.enter_context(closing(Conn()))
    print(stack.enter_context(nullcontext(5)))
    1 / 0
print("done")
