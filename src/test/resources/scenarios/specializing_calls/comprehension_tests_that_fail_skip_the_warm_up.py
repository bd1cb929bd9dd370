# In a comprehension a failed `if` jumps straight back to FOR_ITER (no warm-up); an item that
# passes ends with JUMP_BACKWARD. A comparison chain that fails before its last link goes
# through a cleanup block that ends in the JUMP_BACKWARD, so it warms up.
import sys


class Cell:
    def __str__(self):
        return str(sys.getrefcount(self))


c = Cell()


def every_third(n):
    return [str(c) for i in range(n) if i % 3 == 0]


def chain(n):
    return [str(c) for i in range(n) if 0 <= i % 4 < 2]


def chain_early(n):
    return [str(c) for i in range(n) if 2 <= i % 4 < 9]


print(every_third(30))
print(chain(20))
print(chain_early(20))
