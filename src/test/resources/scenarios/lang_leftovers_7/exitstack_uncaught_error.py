# An error raised by an exit callback while another propagates: the last raised wins, the callbacks still all run newest first, and the program ends with it
from contextlib import ExitStack


def cleanup(name):
    print("cleanup", name)


def failing_cleanup():
    print("failing cleanup")
    raise RuntimeError("cleanup failed")


with ExitStack() as stack:
    stack.callback(cleanup, "first")
    stack.callback(failing_cleanup)
    stack.callback(cleanup, "last")
    print("body")
    raise ValueError("body failed")
