# memoization with a dict and recursion
memo = {}
def ways(n):
    """count ways to climb n stairs with steps of 1 or 2"""
    if n in memo:
        return memo[n]
    result = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = result
    return result

print([ways(i) for i in range(10)])
print(ways(80))
print(len(memo), ways.__doc__)

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(3)
print(len(m), m[:3])

def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"))
