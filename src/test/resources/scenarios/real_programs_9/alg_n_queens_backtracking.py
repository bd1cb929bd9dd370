def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    board, solutions = [], []

    def place(row):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            board.append(c)
            place(row + 1)
            board.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)

    place(0)
    return solutions


for n in range(1, 7):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


m = hanoi(4)
print(len(m), m[:5], m[-1])
