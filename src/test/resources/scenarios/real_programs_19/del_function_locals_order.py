# Locals are released when a function returns. Which ones die first? The
# frame clears its slots in order of their definition.


class Noisy:
    def __init__(self, name):
        self.name = name
        print("make", name)

    def __del__(self):
        print("free", self.name)


def work():
    first = Noisy("first")
    second = Noisy("second")
    third = Noisy("third")
    print("returning")
    return second


kept = work()
print("kept:", kept.name)
del kept


def early_rebind():
    a = Noisy("a1")
    a = Noisy("a2")
    b = Noisy("b")
    del b
    print("end of early_rebind")


early_rebind()


def in_loop():
    for i in range(3):
        item = Noisy("loop" + str(i))
    print("loop over")


in_loop()
print("bye")
