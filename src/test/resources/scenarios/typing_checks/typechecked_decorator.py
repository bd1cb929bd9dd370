# A type-checking decorator, the classic use of __annotations__.
import functools
import sys


def typechecked(func):
    hints = func.__annotations__

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        names = func.__code__.co_varnames[:func.__code__.co_argcount]
        for name, value in list(zip(names, args)) + list(kwargs.items()):
            expected = hints.get(name)
            if expected is not None and not isinstance(value, expected):
                raise TypeError(f"{name} must be {expected.__name__}, got {type(value).__name__}")
        result = func(*args, **kwargs)
        if "return" in hints and not isinstance(result, hints["return"]):
            raise TypeError(f"return must be {hints['return'].__name__}")
        return result
    return wrapper


@typechecked
def scale(value: float, factor: int = 2) -> float:
    return value * factor


@typechecked
def label(name: str, count: int) -> str:
    return f"{name}:{count}"


print(scale(1.5), scale(2.0, factor=3), label("a", 3))
for call in (lambda: scale("x"), lambda: label("a", "b"), lambda: scale(1.0, factor=2.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
import gc
# The wrappers' closures hold func and hints; nothing here is a cycle, so a collection finds nothing.
print(gc.collect(), sys.getrefcount(scale))
