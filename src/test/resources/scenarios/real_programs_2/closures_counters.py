def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2())
print(c1.__closure__[0].cell_contents)
def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in multipliers()])
def late():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in late()])
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def sq(n):
    print("computing", n)
    return n * n
print(sq(4), sq(4), sorted(sq.cache))
