import gc
import sys


def make_counter(start=0, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    bump.reset = reset
    return bump


gc.collect()
c = make_counter(10, 5)
print([c() for _ in range(3)])
c.reset()
print(c(), c.__closure__[0].cell_contents)
print("cells:", len(c.__closure__))
print("refcount c:", sys.getrefcount(c))
print("tracked:", gc.is_tracked(c), gc.is_tracked(c.__closure__))
d = make_counter()
print(d(), d(), c())
del c
print("collected after del c:", gc.collect())
print("count:", gc.get_count())
