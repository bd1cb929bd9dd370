import functools

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def logged(prefix):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            result = func(*args)
            print(f"{prefix} {func.__name__}{args} -> {result}")
            return result
        return wrapper
    return decorate

@counted
def add(a, b):
    """Add two numbers."""
    return a + b

@logged("LOG:")
@counted
def mul(a, b):
    return a * b

print(add(1, 2), add(3, 4), add.calls)
print(add.__name__, add.__doc__)
mul(3, 4)
mul(5, 6)
print(mul.__name__, mul.__wrapped__.calls)

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    inner.cache = cache
    return inner

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))

def retry(times):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return f(*a)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "ok"
print(flaky())
