import functools

calls = {}

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls[func.__name__] = calls.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper

def logged(prefix):
    def decorate(func):
        @functools.wraps(func)
        def inner(*args):
            result = func(*args)
            print(f"{prefix} {func.__name__}{args} -> {result!r}")
            return result
        return inner
    return decorate

@counted
@logged("[log]")
def add(a, b):
    """Add two numbers."""
    return a + b

@counted
def greet(name, *, punct="!"):
    return "Hello, " + name + punct

add(2, 3)
add(10, -4)
print(greet("Ada"), greet("Bob", punct="?"))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(sorted(calls.items()))
print(add.__wrapped__.__wrapped__(1, 1))
print(hasattr(greet, "__wrapped__"), greet.__qualname__)
