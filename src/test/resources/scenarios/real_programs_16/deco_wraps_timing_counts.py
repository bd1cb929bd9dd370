# Decorators with functools.wraps: counting calls, logging arguments, validating types, stacking.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def logged(prefix=">>"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__name__}({', '.join(parts)}) = {result!r}")
            return result
        return wrapper
    return deco


def typed(*types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco


@counted
@logged()
def area(w, h=1):
    """Area of a rectangle."""
    return w * h


@logged("--")
@typed(str, int)
def repeat(s, n):
    return s * n


area(3, 4)
area(5, h=2)
area(7)
print(area.calls, area.__name__, area.__doc__, area.__wrapped__.__name__)
repeat("ab", 3)
try:
    repeat("ab", "3")
except TypeError as e:
    print("TypeError:", e)
print(repeat.__name__, repeat.__wrapped__.__wrapped__.__name__)


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@counted
@memo
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 30), key=collatz_len)
print(best, collatz_len(best), collatz_len.calls, len(collatz_len.__wrapped__.cache))
print(sorted(collatz_len.__wrapped__.cache.items())[:6])
