from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 0))
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111"), int_base2.keywords)

@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print([ways(i) for i in range(10)], ways.cache_info())

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        out = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {out}")
        return out
    return inner

@logged
def area(w, h=1):
    """Area of a rectangle."""
    return w * h

area(3, 4)
print(area.__name__, area.__doc__)
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi"], key=cmp_to_key(by_len_then_alpha)))
