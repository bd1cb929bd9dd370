import functools

def trace(func):
    depth = [0]
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        indent = "  " * depth[0]
        argstr = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{indent}-> {func.__name__}({argstr})")
        depth[0] += 1
        try:
            result = func(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{indent}<- {func.__name__} = {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **kw):
            return [func(*a, **kw) for _ in range(times)]
        return wrapper
    return deco

HANDLERS = {}
def handler(name):
    def deco(func):
        HANDLERS[name] = func
        return func
    return deco

@trace
def fib(n):
    """Naive Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"

@handler("add")
def add(a, b):
    return a + b

@handler("mul")
def mul(a, b):
    return a * b

fib(3)
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
print(greet("ann", punct="?"))
print(greet.__name__, greet.__qualname__)
for name in sorted(HANDLERS):
    print(name, HANDLERS[name](6, 7))

def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner

@no_wraps
def documented():
    "docstring"
print(documented.__name__, documented.__doc__)
