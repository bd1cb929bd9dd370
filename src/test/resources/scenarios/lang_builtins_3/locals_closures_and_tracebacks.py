# Cell and free variables appear in locals() after the frame's own variables; a traceback keeps
# the failed frame's f_locals alive with its locals.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Noisy({self.name})"

    def __del__(self):
        print("freed", self.name)


def outer():
    shared = Noisy("shared")
    count = 0

    def inner():
        nonlocal count
        count += 1
        print("inner sees", sorted(locals()))
        return shared

    print("outer sees", [k for k in locals() if k != "inner"])
    inner()
    return count


print(outer())


def fail():
    big = Noisy("big")
    snap = locals()
    print(sys.getrefcount(big))
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print("caught", e)
    err = e
print("error kept")
del err
print("end")
