# `while` with a test repeats the test at the bottom (POP_JUMP_BACKWARD_IF_TRUE), which does not
# warm the code up; `while True` ends with JUMP_BACKWARD, and so does every `continue`.
import sys


class Cell:
    def __str__(self):
        return str(sys.getrefcount(self))


def counting_while(c, n):
    seen = []
    i = 0
    while i < n:
        seen.append(str(c))
        i += 1
    return seen


def endless_while(c, n):
    seen = []
    i = 0
    while True:
        seen.append(str(c))
        i += 1
        if i == n:
            break
    return seen


def while_with_continue(c, n):
    seen = []
    i = 0
    while i < n:
        i += 1
        seen.append(str(c))
        if i % 2:
            continue
    return seen


c = Cell()
print(counting_while(c, 12))
print(endless_while(c, 12))
print(while_with_continue(c, 20))
