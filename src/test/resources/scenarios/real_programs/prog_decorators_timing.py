# decorators: counting calls and memoizing
import functools

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib.calls, fib.__name__)

@functools.lru_cache(maxsize=None)
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)

print(fast_fib(50))
print(fast_fib.cache_info())

def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"))
