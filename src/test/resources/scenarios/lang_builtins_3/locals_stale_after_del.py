# A deleted local stays alive in f_locals until the next locals() (or dir()) refreshes it,
# and the dict itself is freed after the frame's locals.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def work():
    a = Noisy("a")
    b = Noisy("b")
    locals()
    del a
    print("a deleted")
    dir()
    print("after dir()")
    del b
    print("b deleted")
    c = Noisy("c")
    return "done"


print(work())


def without_locals():
    a = Noisy("plain")
    return 1


def with_locals():
    a = Noisy("snap")
    locals()
    return 1


without_locals()
with_locals()
print("end")
