from itertools import groupby


def look_and_say(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


term = "1"
for _ in range(8):
    print(term)
    term = look_and_say(term)


def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]


best = max(range(1, 1000), key=collatz_len)
print("longest chain under 1000 starts at", best, "with", collatz_len(best), "terms")
print([collatz_len(n) for n in range(1, 11)])
