# A closure's code object: co_freevars (sorted, the order of __closure__) and co_cellvars
# (cell parameters where they stand, then the other cells sorted), each a new tuple per read.
import sys


def outer(c, a, b):
    z = 1
    y = 2

    def inner(q):
        return a + c + z + y + q

    def other():
        nonlocal b
        b += 1
        return b
    return inner, other


inner, other = outer(1, 2, 3)
print(outer.__code__.co_cellvars, outer.__code__.co_freevars, outer.__code__.co_varnames)
print(inner.__code__.co_freevars, inner.__code__.co_cellvars, other.__code__.co_freevars)
print(dict(zip(inner.__code__.co_freevars, (c.cell_contents for c in inner.__closure__))))
make = lambda x: lambda: x
print(make.__code__.co_cellvars, make(1).__code__.co_freevars, (lambda: 0).__code__.co_freevars)
t = inner.__code__.co_freevars
print(t == inner.__code__.co_freevars, t is inner.__code__.co_freevars, sys.getrefcount(t))
print(inner.__code__.co_cellvars == (), len(outer.__code__.co_cellvars))
