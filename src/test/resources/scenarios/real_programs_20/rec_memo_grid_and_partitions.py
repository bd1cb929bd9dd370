from functools import lru_cache

calls = {"plain": 0, "memo": 0}


def binom_plain(n, k):
    calls["plain"] += 1
    if k == 0 or k == n:
        return 1
    return binom_plain(n - 1, k - 1) + binom_plain(n - 1, k)


memo = {}


def binom_memo(n, k):
    calls["memo"] += 1
    if (n, k) in memo:
        return memo[n, k]
    result = 1 if k in (0, n) else binom_memo(n - 1, k - 1) + binom_memo(n - 1, k)
    memo[n, k] = result
    return result


print(binom_plain(16, 8), binom_memo(16, 8), calls)
for row in range(7):
    print(" " * (3 * (6 - row)) + "".join(f"{binom_memo(row, k):6d}" for k in range(row + 1)))


@lru_cache(maxsize=None)
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - part, part) for part in range(1, min(n, largest) + 1))


print("partitions:", [partitions(n) for n in range(1, 16)])


def list_partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in list_partitions(n - part, part):
            yield [part] + rest


print("of 5:", [" + ".join(map(str, p)) for p in list_partitions(5)])

GRID = ["..#.", "....", ".#..", "...."]


@lru_cache(maxsize=None)
def paths(r, c):
    if r >= len(GRID) or c >= len(GRID[0]) or GRID[r][c] == "#":
        return 0
    if (r, c) == (len(GRID) - 1, len(GRID[0]) - 1):
        return 1
    return paths(r + 1, c) + paths(r, c + 1)


print("grid paths:", paths(0, 0), paths.cache_info().currsize)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))
    return d(0, 0)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("python", "typhon"), ("", "abc")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")


def flatten(value, depth=0):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item, depth + 1)
    else:
        yield value, depth


print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]]])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print("ackermann:", [[ackermann(m, n) for n in range(4)] for m in range(3)])
