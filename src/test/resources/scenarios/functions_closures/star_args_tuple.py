# *args collects extra positional arguments into a new tuple; **kwargs into a new dict.
import sys
def f(*args, **kwargs):
    print("args", args)
    print("kwargs", sorted(kwargs.items()))
    return args
f(1, 2, 3, x=4)
big = [10, 20]
t = f(big, 5)
print("list held by the tuple", sys.getrefcount(big))
del t
print("after del", sys.getrefcount(big))
