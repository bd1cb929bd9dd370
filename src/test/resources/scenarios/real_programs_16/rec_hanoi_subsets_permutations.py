# Classic recursion drills: towers of Hanoi with state, subsets, permutations, and a call counter.
calls = {"hanoi": 0, "subsets": 0, "perms": 0}


def hanoi(n, src, dst, via, pegs, moves):
    calls["hanoi"] += 1
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, pegs, moves)
    disk = pegs[src].pop()
    pegs[dst].append(disk)
    moves.append(f"disk {disk}: {src}->{dst}")
    hanoi(n - 1, via, dst, src, pegs, moves)


def subsets(items):
    calls["subsets"] += 1
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def perms(s):
    calls["perms"] += 1
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out


pegs = {"A": [3, 2, 1], "B": [], "C": []}
moves = []
hanoi(3, "A", "C", "B", pegs, moves)
for m in moves:
    print(m)
print(pegs, len(moves), 2 ** 3 - 1)
subs = subsets([1, 2, 3])
print(sorted(subs, key=lambda s: (len(s), s)))
ps = perms("abc")
print(ps, len(perms("abcd")))
print(calls)


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print([count_change(a, [1, 5, 10, 25]) for a in (0, 5, 11, 26, 50)])


def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]


print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
