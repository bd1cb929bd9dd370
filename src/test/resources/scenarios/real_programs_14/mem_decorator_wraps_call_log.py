import gc
import sys
from functools import wraps


def logged(prefix=">>"):
    def decorate(func):
        calls = []

        @wraps(func)
        def wrapper(*args, **kwargs):
            calls.append((args, tuple(sorted(kwargs.items()))))
            result = func(*args, **kwargs)
            print(f"{prefix} {func.__name__}{args} {kwargs} = {result!r}")
            return result

        wrapper.calls = calls
        return wrapper

    return decorate


@logged()
def area(w, h=1):
    """Rectangle area."""
    return w * h


@logged(prefix="**")
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"


gc.collect()
area(3, 4)
area(5, h=2)
greet("zoe")
greet("al", punct="?")
print(area.__name__, area.__doc__, len(area.calls))
print(area.calls)
print("wrapped is original:", area.__wrapped__(2, 3))
print("refcount area:", sys.getrefcount(area))
print("count:", gc.get_count())
