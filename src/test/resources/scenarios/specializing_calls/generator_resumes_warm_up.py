# A generator's code warms up at its start and at every resume after a yield (RESUME), as well
# as at each JUMP_BACKWARD of its loop; a generator expression's code is shared by all the
# generators made from it.
import sys


class Cell:
    def __str__(self):
        return str(sys.getrefcount(self))


c = Cell()


def texts(n):
    for _ in range(n):
        yield str(c)


def show(n):
    return " ".join(str(x) for x in [c] * n)


print(list(texts(6)))
for k in range(4):
    print(k, show(3))
