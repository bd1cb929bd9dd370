# next() past the end, and StopIteration inside a generator.
nums = iter([10, 20])
print(next(nums), next(nums))
print(next(nums, "done"))
try:
    next(nums)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(2)
print(list(g))
g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value)

def firsts(iterables):
    for it in iterables:
        yield next(iter(it))

try:
    print(list(firsts([[1], [2], [], [4]])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)

def pairs(xs):
    it = iter(xs)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pairs(range(7))))
try:
    next(iter({}))
except StopIteration:
    print("empty dict")
try:
    next([1, 2])
except TypeError as e:
    print(e)
gen = (x * x for x in range(3))
print(sum(gen), sum(gen))
print(list(firsts([[1], []])))
