# A keyword-only parameter without default is required, with CPython's message.
def f(a, *, b, c):
    return a
f(1)
