# Closures keep values in cells; the cell is shared by every inner
# function that closes over the same variable.
import sys


def make_pair():
    shared = []

    def push(x):
        shared.append(x)
        return len(shared)

    def peek():
        return shared[-1] if shared else None

    return push, peek


push, peek = make_pair()
print("cells:", len(push.__closure__), len(peek.__closure__))
print("same cell:", push.__closure__[0] is peek.__closure__[0])
print("freevars:", push.__code__.co_freevars, peek.__code__.co_freevars)
print(push(10), push(20), peek())
inside = push.__closure__[0].cell_contents
print("cell contents:", inside)
print("refs to the list:", sys.getrefcount(inside))
del push
print("after del push:", sys.getrefcount(inside))
del peek
print("after del peek:", sys.getrefcount(inside))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


c1 = counter()
c2 = counter()
print([c1(), c1(), c2(), c1()])
print("separate cells:", c1.__closure__[0] is not c2.__closure__[0])
print("c1 cell:", c1.__closure__[0].cell_contents, "c2 cell:", c2.__closure__[0].cell_contents)
