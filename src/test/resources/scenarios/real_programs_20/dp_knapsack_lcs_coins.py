def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c:
                best[i][c] = max(best[i][c], best[i - 1][c - weight] + value)
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, weight, _ = items[i - 1]
            chosen.append(name)
            c -= weight
    return best[-1][-1], chosen[::-1]


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1], key=len)
    return table[0][0]


def min_coins(coins, amount):
    best = [0] + [None] * amount
    used = [None] * (amount + 1)
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and best[total - coin] is not None:
                candidate = best[total - coin] + 1
                if best[total] is None or candidate < best[total]:
                    best[total], used[total] = candidate, coin
    if best[amount] is None:
        return None, []
    picks, t = [], amount
    while t:
        picks.append(used[t])
        t -= used[t]
    return best[amount], sorted(picks, reverse=True)


def longest_increasing(seq):
    ends, parents, index = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        k = bisect.bisect_left(ends, x)
        if k == len(ends):
            ends.append(x)
            index.append(i)
        else:
            ends[k] = x
            index[k] = i
        parents[i] = index[k - 1] if k else None
    out, i = [], index[-1] if index else None
    while i is not None:
        out.append(seq[i])
        i = parents[i]
    return out[::-1]


def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i, x in enumerate(nums[1:], 1):
        if cur + x < x:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]


items = [("tent", 5, 60), ("stove", 3, 50), ("camera", 4, 70), ("book", 2, 30), ("snacks", 1, 20)]
for cap in (5, 8, 10, 15):
    print(f"capacity {cap:>2}:", knapsack(items, cap))
for a, b in [("ABCBDAB", "BDCABA"), ("programming", "gaming"), ("abc", "xyz")]:
    print(f"lcs({a}, {b}) = {lcs(a, b)!r}")
for coins, amount in [((1, 5, 10, 25), 63), ((1, 3, 4), 6), ((5, 10), 3), ((2, 7), 11)]:
    print(f"coins {coins} for {amount}: {min_coins(coins, amount)}")
print("LIS:", longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))
print("max subarray:", max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
