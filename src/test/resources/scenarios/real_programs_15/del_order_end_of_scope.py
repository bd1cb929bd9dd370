# The order in which __del__ runs when names go away: locals at function
# return, items of a list when it is cleared, and a dict's values.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def scope():
    first = Noisy("first")
    second = Noisy("second")
    third = Noisy("third")
    print(" returning")


print("function locals:")
scope()
print("list cleared:")
items = [Noisy("L0"), Noisy("L1"), Noisy("L2")]
items.clear()
print("list deleted:")
items = [Noisy("M0"), Noisy("M1"), Noisy("M2")]
del items
print("dict deleted:")
table = {"x": Noisy("dx"), "y": Noisy("dy")}
del table
print("tuple rebound:")
t = (Noisy("t0"), Noisy("t1"))
t = None
print("overwritten name:")
n = Noisy("old")
n = Noisy("new")
print("end of program")
