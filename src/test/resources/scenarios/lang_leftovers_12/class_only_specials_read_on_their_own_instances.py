# A class's own __reduce__, __getstate__, __index__ and __format__ read on its instances, on the class
# and on self: each is the class's function, bound or not, with self's refcount seen inside.
import sys


class Ticket:
    def __init__(self, number):
        self.number = number

    def __index__(self):
        return self.number

    def __format__(self, spec):
        return "#" + format(self.number, spec)

    def __getstate__(self):
        return {"number": self.number, "seen": sys.getrefcount(self)}

    def __reduce__(self):
        return (Ticket, (self.number,))

    def describe(self):
        state = self.__getstate__()
        return self.__format__("03") + " " + str(state["number"])


class Priority(Ticket):
    pass


t = Ticket(7)
print(t.__index__(), Ticket.__index__(t), t.__format__("04"))
print(t.__getstate__()["seen"], t.__reduce__()[1])
print(t.describe())
urgent = Priority(2)
print(urgent.__index__(), urgent.__reduce__()[0].__name__, urgent.describe())
print(["a", "b", "c", "d"][t.__index__() - 5])
