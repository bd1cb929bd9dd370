# `is` with globals(): the same dict from module level, functions, lambdas and a class body; the counts each frame and function adds
import sys

g = globals()
pick = lambda: globals() is g


def inner():
    here = globals()
    return here is g, locals() is g, sys.getrefcount(g)


class Config:
    same = globals() is g
    count = sys.getrefcount(g)


print(inner(), pick(), Config.same, Config.count)
print(sys.getrefcount(g), [globals() is g for _ in range(2)], sys.getrefcount(globals()))
del pick
print(sys.getrefcount(g))
