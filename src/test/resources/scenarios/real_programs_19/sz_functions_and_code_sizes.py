# Sizes of functions, methods, classes and modules (shallow sizes only).
import sys
import math


def f(x):
    return x + 1


class K:
    def m(self):
        pass


print("function:", sys.getsizeof(f))
print("lambda:", sys.getsizeof(lambda: 0))
print("bound method:", sys.getsizeof(K().m))
print("class:", sys.getsizeof(K))
print("instance:", sys.getsizeof(K()))
print("builtin function:", sys.getsizeof(len))
print("module:", sys.getsizeof(math))
print("None:", sys.getsizeof(None))
print("Ellipsis:", sys.getsizeof(...))
print("type object:", sys.getsizeof(int))
print("object():", sys.getsizeof(object()))
print("range:", sys.getsizeof(range(5)))
print("slice:", sys.getsizeof(slice(1, 2)))
