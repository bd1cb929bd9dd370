import gc
import sys


def make_handlers():
    handlers = []
    for i in range(3):
        handlers.append(lambda: i)
    return handlers


def make_handlers_fixed():
    return [lambda i=i: i for i in range(3)]


def make_adders():
    def adder(n):
        def add(x):
            return x + n
        return add
    return {n: adder(n) for n in (1, 10, 100)}


gc.collect()
print([h() for h in make_handlers()])
print([h() for h in make_handlers_fixed()])
adders = make_adders()
print({k: f(5) for k, f in adders.items()})
late = make_handlers()
print("shared cell:", late[0].__closure__[0] is late[2].__closure__[0])
print("defaults:", [h.__defaults__ for h in make_handlers_fixed()])
print("refcount adders[1]:", sys.getrefcount(adders[1]))
del late
print("count:", gc.get_count())
print("collected:", gc.collect())
