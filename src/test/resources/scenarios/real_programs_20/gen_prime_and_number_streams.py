from itertools import count, islice, takewhile


def primes():
    """Trial division by the primes found so far, up to the square root."""
    found = []
    for candidate in count(2):
        limit = int(candidate ** 0.5)
        if all(candidate % p for p in takewhile(lambda p: p <= limit, found)):
            found.append(candidate)
            yield candidate


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def digits_of(n):
    while n:
        n, d = divmod(n, 10)
        yield d


def triangular():
    total = 0
    for k in count(1):
        total += k
        yield total


def moving_average(values, k):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        if len(window) == k:
            yield sum(window) / k


print("first primes:", list(islice(primes(), 15)))
print("primes under 60:", list(takewhile(lambda p: p < 60, primes())))
twins = [(p, q) for p, q in zip(islice(primes(), 30), islice(primes(), 1, 31)) if q - p == 2]
print("twin primes:", twins)
print("collatz 27 length:", sum(1 for _ in collatz(27)), "peak:", max(collatz(27)))
print("collatz 6:", list(collatz(6)))
print("digit sums:", [sum(digits_of(n)) for n in (0, 7, 1234, 99999)])
print("triangular:", list(islice(triangular(), 10)))
print("first triangular over 1000:", next(t for t in triangular() if t > 1000))
print("moving averages:", [round(x, 2) for x in moving_average([3, 5, 2, 8, 6, 9, 1], 3)])
gen = primes()
print(next(gen), next(gen), next(gen), type(gen).__name__)
squares = (n * n for n in range(5))
print(sum(squares), sum(squares))
