# f.__code__ describes how the def was compiled: its name, parameters and local names stay those
# of the def even when the function is renamed or wrapped.
import functools
import gc


def shipping_cost(weight, distance=10, /, rate=2, *extras, express=False, **notes):
    base = weight * rate
    total = base + distance
    return total


print(shipping_cost.__code__.co_name, shipping_cost.__code__.co_qualname)
print(shipping_cost.__code__.co_argcount, shipping_cost.__code__.co_posonlyargcount,
      shipping_cost.__code__.co_kwonlyargcount, shipping_cost.__code__.co_nlocals)
print(shipping_cost.__code__.co_varnames)
print(shipping_cost.__code__.co_firstlineno)


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__code__.co_name)
        return func(*args, **kwargs)
    return wrapper


@logged
def area(width, height):
    return width * height


print(area(3, 4), area.__name__, area.__code__.co_name, area.__wrapped__.__code__.co_firstlineno)
print(area.__code__.co_varnames, area.__code__.co_qualname)

square = lambda side: side * side
print(square.__code__.co_name, square.__code__.co_argcount, square.__code__.co_varnames)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        step = by
        self.count += step
        return self.count


c = Counter()
print(c.bump.__code__.co_qualname, Counter.bump.__code__.co_varnames, c.bump.__code__.co_argcount)


def outer():
    kept = []

    def inner(item):
        kept.append(item)
        return len(kept)
    return inner


# A variable a nested function reads is a cell, not one of co_varnames.
print(outer.__code__.co_varnames, outer().__code__.co_varnames, outer.__code__.co_nlocals)

shipping_cost.__name__ = "cost"
print(shipping_cost.__name__, shipping_cost.__code__.co_name)

# co_varnames is a new tuple at each read.
gc.collect()
before = gc.get_count()
names = shipping_cost.__code__.co_varnames
after = gc.get_count()
print(after[0] - before[0] - 1, names == shipping_cost.__code__.co_varnames,
      names is shipping_cost.__code__.co_varnames)
try:
    len.__code__.co_name
except AttributeError as err:
    print("AttributeError:", err)
