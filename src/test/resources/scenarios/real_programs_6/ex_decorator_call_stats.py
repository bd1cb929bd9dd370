import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        wrapper.history.append(args)
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.history = []
    return wrapper

def limit(n):
    def deco(fn):
        used = 0
        @functools.wraps(fn)
        def wrapper(*a):
            nonlocal used
            if used >= n:
                raise RuntimeError(f"{fn.__name__} may only run {n} times")
            used += 1
            return fn(*a)
        return wrapper
    return deco

@counted
def add(a, b):
    "Add two numbers."
    return a + b

@limit(2)
@counted
def greet(name):
    return "hi " + name

print(add(1, 2), add(3, 4), add.calls, add.history)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20), add.calls)
print(greet("a"), greet("b"))
try:
    greet("c")
except RuntimeError as e:
    print(e)
print(greet.__wrapped__.calls)
