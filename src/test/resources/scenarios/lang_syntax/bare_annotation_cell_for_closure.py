# a bare annotation of a name an inner function reads makes it a cell of the outer function: unbound until assigned
import sys
def outer():
    y: list
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("error:", e)
    y = [0] * 4
    return inner
g = outer()
v = g()
print(v, sys.getrefcount(v), g.__closure__[0].cell_contents is v)
