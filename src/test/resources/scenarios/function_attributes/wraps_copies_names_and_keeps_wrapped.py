# functools.wraps copies the name and docstring and keeps the original as __wrapped__.
import functools, sys
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper
def area(w, h):
    """Width times height."""
    return w * h
print(sys.getrefcount(area))
decorated = logged(area)
print(decorated.__name__, decorated.__qualname__, decorated.__doc__, decorated.__module__)
print(decorated.__wrapped__ is area, sys.getrefcount(area))
print(decorated(3, 4))
print(list(decorated.__dict__), area.__dict__)
@logged
def volume(w, h, d):
    return w * h * d
print(volume(1, 2, 3), volume.__name__, volume.__wrapped__.__name__)
print(volume.__closure__[0].cell_contents is volume.__wrapped__)
