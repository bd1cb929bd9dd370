# A nested function that calls itself through its enclosing scope makes a
# cycle: function -> closure cell -> function.
import gc
import weakref


def make_countdown():
    def countdown(n):
        if n == 0:
            return ["liftoff"]
        return [n] + countdown(n - 1)
    return countdown


gc.collect()
f = make_countdown()
print(f(3))
print("cells:", len(f.__closure__), f.__closure__[0].cell_contents is f)
probe = weakref.ref(f)
del f
print("alive after del:", probe() is not None)
print("collected:", gc.collect())
print("alive after collect:", probe() is not None)


def make_plain():
    def square(n):
        return n * n
    return square


g = make_plain()
print(g(5), g.__closure__)
probe = weakref.ref(g)
del g
print("plain alive after del:", probe() is not None)
print("collected:", gc.collect())
