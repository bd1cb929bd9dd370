import weakref
import gc

# test_weakref: WeakMethodTestCase
class Object:
    def __init__(self, arg):
        self.arg = arg
    def some_method(self):
        return 4
    def other_method(self):
        return 5

o = Object(1)
r = weakref.WeakMethod(o.some_method)
print("bound again:", r()(), r() == o.some_method)
print("is a ref:", isinstance(r, weakref.ref))
del o
gc.collect()
print("dead:", r())

calls = []
o = Object(2)
r = weakref.WeakMethod(o.some_method, calls.append)
print("same method equal:", r == weakref.WeakMethod(o.some_method))
print("other method different:", r != weakref.WeakMethod(o.other_method))
del o
print("callback called once with the ref:", len(calls), calls[0] is r)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
