# Generators in a pipeline of number puzzles: primes, twin primes, digit sums, chunks, a spiral.
from itertools import islice, count, takewhile


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def twins(ps):
    prev = next(ps)
    for p in ps:
        if p - prev == 2:
            yield prev, p
        prev = p


def chunks(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def digit_sum(n):
    return sum(map(int, str(n)))


print(list(islice(primes(), 15)))
print(list(islice(twins(primes()), 8)))
print(list(chunks(range(11), 4)))
big = (p for p in primes() if digit_sum(p) == 10)
print(list(islice(big, 6)))


def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
diag = [spiral(5)[i][i] for i in range(5)]
print(diag, sum(diag))
gen = (x * x for x in range(4))
print(next(gen), sum(gen), list(gen))
