from functools import lru_cache, partial, reduce, singledispatch, cmp_to_key, cached_property, wraps
import operator


@lru_cache(maxsize=None)
def stairs(n):
    """Ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


print([stairs(n) for n in range(10)], stairs(40))
info = stairs.cache_info()
print("hits", info.hits, "misses", info.misses, "size", info.currsize)
stairs.cache_clear()
print("after clear:", stairs.cache_info().currsize)

to_int = partial(int, base=2)
print(to_int("1011"), to_int("11111111"), to_int.keywords, to_int.func.__name__)
power_of = partial(pow, 2)
print([power_of(k) for k in range(8)])

print(reduce(operator.mul, range(1, 11)), reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(lambda a, b: a if a > b else b, [3, 17, 4, 9]))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(reduce(operator.concat, nested, []))


@singledispatch
def describe(value):
    return f"something ({type(value).__name__})"


@describe.register
def _(value: int):
    return f"the integer {value}" + (" (even)" if value % 2 == 0 else " (odd)")


@describe.register
def _(value: list):
    return "a list of " + ", ".join(describe(v) for v in value)


@describe.register(str)
def _(value):
    return f"text {value!r} with {len(value)} chars"


for v in (42, "hi", [1, "x"], 3.5, None):
    print(describe(v))
print(describe.registry[int].__name__ if hasattr(describe.registry[int], "__name__") else "?", len(describe.registry))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))


class Report:
    def __init__(self, numbers):
        self.numbers = numbers
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.numbers)
        mean = sum(self.numbers) / n
        return {"n": n, "mean": mean, "spread": max(self.numbers) - min(self.numbers)}


r = Report([4, 8, 15, 16, 23, 42])
print(r.stats, r.stats["mean"], r.computed, "stats" in vars(r))
del r.stats
print(r.stats["n"], r.computed)


def logged(func):
    @wraps(func)
    def inner(*args):
        result = func(*args)
        print(f"  {func.__name__}{args} -> {result}")
        return result
    return inner


@logged
def gcd(a, b):
    """Euclid."""
    return a if b == 0 else gcd(b, a % b)


gcd(1071, 462)
print(gcd.__name__, gcd.__doc__, gcd.__wrapped__(12, 18))
