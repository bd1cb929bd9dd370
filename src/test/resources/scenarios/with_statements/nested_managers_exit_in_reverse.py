# Several managers in one with statement enter left to right and exit right to left, even on an exception.
class M:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *info):
        print("exit", self.name, info[0].__name__ if info[0] else None)
with M("a") as a, M("b") as b:
    print("body", a.name, b.name)
try:
    with M("outer"), M("inner"):
        raise RuntimeError("x")
except RuntimeError:
    print("caught")
