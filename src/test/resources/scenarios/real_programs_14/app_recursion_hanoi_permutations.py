import gc
import sys


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth(x) for x in nested), default=0)


gc.collect()
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), "moves")
for n, s, d in moves:
    print(f"disk {n}: {s}->{d}", end="; ")
print()
perms = permutations([1, 2, 3])
print(perms)
print(["".join(p) for p in permutations(list("abc"))])
print("depth:", depth([1, [2, [3, [4]], []]]), depth([]), depth(7))
print("recursion limit is int:", isinstance(sys.getrecursionlimit(), int))
print("count:", gc.get_count())
