PUZZLE = """\
1 . | . .
. . | 2 .
----+----
. 3 | . .
. . | . 4"""

grid = [[0 if ch == "." else int(ch) for ch in line.replace("|", "").split()]
        for line in PUZZLE.splitlines() if not line.startswith("-")]
N, BOX = 4, 2
tries = 0


def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(N)}
    br, bc = r - r % BOX, c - c % BOX
    used |= {grid[i][j] for i in range(br, br + BOX) for j in range(bc, bc + BOX)}
    return [v for v in range(1, N + 1) if v not in used]


def solve():
    global tries
    empty = [(r, c) for r in range(N) for c in range(N) if grid[r][c] == 0]
    if not empty:
        return True
    r, c = min(empty, key=lambda rc: len(candidates(*rc)))
    for v in candidates(r, c):
        tries += 1
        grid[r][c] = v
        if solve():
            return True
        grid[r][c] = 0
    return False


def show(g):
    for i, row in enumerate(g):
        if i == BOX:
            print("----+----")
        cells = [str(v) if v else "." for v in row]
        print(" ".join(cells[:BOX]), "|", " ".join(cells[BOX:]))


show(grid)
print("solved:", solve(), "placements tried:", tries)
show(grid)
ok = all(sorted(row) == [1, 2, 3, 4] for row in grid) and all(sorted(col) == [1, 2, 3, 4] for col in zip(*grid))
print("valid rows and columns:", ok)
grid = [[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]
tries = 0
print("impossible solved:", solve(), tries)
