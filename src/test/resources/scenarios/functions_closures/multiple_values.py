# A positional argument and a keyword for the same parameter collide.
def f(a, b):
    return a
f(1, a=2)
