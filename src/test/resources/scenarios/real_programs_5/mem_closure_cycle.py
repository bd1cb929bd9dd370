import gc
import sys

def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    counter.reset = lambda: counter.__closure__
    return counter

c = make_counter()
print(c(), c(), c())
print(type(c.__closure__[0]).__name__, c.__closure__[0].cell_contents)
print("counter refs:", sys.getrefcount(c))
gc.collect()

def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = recursive_closure()
print(f(6))
del f
print("self-referencing closure collected:", gc.collect())

def memoizer():
    memo = {}
    def get(n):
        if n not in memo:
            memo[n] = n * n
        return memo[n]
    memo["fn"] = get
    return get

g = memoizer()
print(g(3), g(4), len(g.__closure__[0].cell_contents))
del g
print("closure cell holding its own function:", gc.collect())

handlers = []
for name in ("a", "b", "c"):
    handlers.append(lambda name=name: name.upper())
print([h() for h in handlers])
late = [lambda: i for i in range(3)]
print([h() for h in late])
del handlers, late, c
print("plain lambdas:", gc.collect())
