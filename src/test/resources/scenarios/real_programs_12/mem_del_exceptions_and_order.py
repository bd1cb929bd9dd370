class Noisy:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __del__(self):
        print("del", self.name)


def build():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    return b


kept = build()
print("kept", kept.name)
lst = [Noisy("l1"), Noisy("l2"), Noisy("l3")]
print("deleting list")
del lst
d = {"x": Noisy("dx"), "y": Noisy("dy")}
d["x"] = None
print("replaced x")
t = (Noisy("t1"), Noisy("t2"))
t = None
print("tuple dropped")
try:
    n = Noisy("in try")
    raise ValueError("oops")
except ValueError:
    print("handling")
print("n still bound:", n.name)
n = Noisy("rebound")
print("end of program")
