import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({arg_text}) -> {result!r}")
        return result
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@trace
def greet(name, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"

print(fib(12), fib.calls)
fib.calls = 0
cached = functools.lru_cache(maxsize=None)(fib.__wrapped__)
print(greet("Ada"), greet("Bob", punctuation="?"))
print(greet.__name__, greet.__doc__)
print(cached(15), cached.cache_info())
