# a partial of a partial is flattened: it holds the original function and all frozen arguments, not the inner partial
import functools, sys
def add3(a, b, c):
    return a + b + c
one = functools.partial(add3, 1)
two = functools.partial(one, 2)
print(two.func is add3, two.args, two(3))
print(sys.getrefcount(one))
del one
print(two(10))
