import functools

REGISTRY = {}


def register(name=None, *, group="misc"):
    def decorator(func):
        key = name or func.__name__
        REGISTRY.setdefault(group, {})[key] = func
        return func
    return decorator


def count_calls(label):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            return func(*args, **kwargs)
        wrapper.calls = 0
        wrapper.label = label
        return wrapper
    return decorator


def validate(**checks):
    def decorator(func):
        names = func.__code__.co_varnames[:func.__code__.co_argcount]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args))
            bound.update(kwargs)
            for arg, check in checks.items():
                if arg in bound and not check(bound[arg]):
                    raise ValueError(f"{func.__name__}(): bad {arg}={bound[arg]!r}")
            return func(*args, **kwargs)
        return wrapper
    return decorator


def memoize(maxsize):
    def decorator(func):
        cache = {}

        @functools.wraps(func)
        def wrapper(*args):
            if args in cache:
                wrapper.hits += 1
                return cache[args]
            result = func(*args)
            if len(cache) >= maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
            cache[args] = result
            return result
        wrapper.hits = 0
        wrapper.cache = cache
        return wrapper
    return decorator


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@register(group="math")
@count_calls("squares")
def square(x):
    """Return x squared."""
    return x * x


@register("hyp", group="math")
@validate(a=lambda v: v > 0, b=lambda v: v > 0)
def hypotenuse(a, b):
    return (a * a + b * b) ** 0.5


@register(group="text")
@repeat(3)
def shout(word, mark="!"):
    return word.upper() + mark


@memoize(maxsize=50)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print([square(i) for i in range(5)], square.calls, square.label, square.__name__, square.__doc__)
print(hypotenuse(3, 4), hypotenuse(b=12, a=5))
for args in ((0, 4), (3, -1)):
    try:
        hypotenuse(*args)
    except ValueError as e:
        print("ValueError:", e)
print(shout("hey"), shout("ok", mark="?"))
print("ways(100):", ways(100), "hits:", ways.hits, "cached:", len(ways.cache))
print("registry:", {group: sorted(funcs) for group, funcs in sorted(REGISTRY.items())})
print(REGISTRY["math"]["hyp"](6, 8), REGISTRY["math"]["square"](9), square.calls)
print("wrapped:", square.__wrapped__(7), square.calls, hypotenuse.__wrapped__.__name__)
