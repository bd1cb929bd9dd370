# a class body reads the enclosing function's local (LOAD_CLASSDEREF): the class attribute holds the list too
import sys
def make(items):
    class Holder:
        data = items
        size = len(items)
    return Holder
xs = [1, 2, 3]
H = make(xs)
print(H.data, H.size, H.data is xs)
print(sys.getrefcount(xs))
del H
import gc
gc.collect()
print(sys.getrefcount(xs))
