# Recursion lab: Towers of Hanoi, permutations, n-queens and a recursive palindrome check.
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

m = hanoi(3)
print(len(m), m)
print([len(hanoi(k)) for k in range(1, 9)])

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for rest in permutations(s[:i] + s[i + 1:]):
            out.append(ch + rest)
    return out

p = permutations("abcd")
print(len(p), p[:6], len(set(permutations("aabb"))))

def queens(n, row=0, cols=(), out=None):
    if out is None:
        out = []
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), out)
    return out

sols = queens(6)
print(len(sols), sols[0])
for r in sols[0]:
    print("".join("Q" if c == r else "." for c in range(6)))
print([len(queens(k)) for k in range(1, 8)])

def is_pal(s):
    s = "".join(ch.lower() for ch in s if ch.isalnum())
    return len(s) < 2 or (s[0] == s[-1] and is_pal(s[1:-1]))

print([is_pal(t) for t in ["Racecar", "A man, a plan, a canal: Panama", "python", ""]])
def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(d) for d in str(n)))
print(digits_sum(987654321), digits_sum(2 ** 100))
