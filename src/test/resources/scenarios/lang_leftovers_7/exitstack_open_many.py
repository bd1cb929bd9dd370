# The docs' pattern of opening a variable number of resources with ExitStack: a failure part-way closes what was opened, and pop_all() keeps them open on success; refcounts of what the stack holds
import sys
from contextlib import ExitStack


class Handle:
    opened = []

    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Handle.opened.append(self.name)
        return self

    def __exit__(self, *exc):
        Handle.opened.remove(self.name)
        print("closed", self.name)
        return False


def open_all(names, bad=None):
    with ExitStack() as stack:
        handles = [stack.enter_context(Handle(n, n == bad)) for n in names]
        keep = stack.pop_all()
    return handles, keep


try:
    open_all(["a", "b", "c"], bad="c")
except OSError as e:
    print("failed:", e, "still open:", Handle.opened)
handles, keep = open_all(["x", "y"])
print("open:", Handle.opened, [h.name for h in handles])
print("refs", sys.getrefcount(handles[0]), sys.getrefcount(keep))
keep.close()
print("open:", Handle.opened, "refs", sys.getrefcount(handles[0]))
keep.close()
print("second close did nothing")
