import functools
import time

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def say(msg):
    """Say something."""
    return msg.upper()

print(say("hi"), say("there"), say.calls, say.__name__, say.__doc__)

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10), len(paths.cache))

def validate(**types):
    def deco(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{func.__name__}: {k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return deco

@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"

print(person(name="Ann", age=3))
try:
    person(name="Bob", age="x")
except TypeError as e:
    print("TypeError:", e)
stacked = functools.wraps(paths.__wrapped__)(lambda x: 0)
print(stacked.__name__, stacked.__wrapped__ is paths.__wrapped__)
