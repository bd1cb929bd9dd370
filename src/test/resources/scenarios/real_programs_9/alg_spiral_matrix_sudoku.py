def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for k in range(1, n * n + 1):
        m[y][x] = k
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[ny][nx] == 0):
            dx, dy = -dy, dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return m


for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))

GRID = """\
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179"""


def valid(grid):
    rows = [list(map(int, line)) for line in grid.splitlines()]
    groups = rows + [list(c) for c in zip(*rows)]
    groups += [[rows[r + i][c + j] for i in range(3) for j in range(3)] for r in (0, 3, 6) for c in (0, 3, 6)]
    bad = [i for i, g in enumerate(groups) if sorted(g) != list(range(1, 10))]
    return not bad, bad


print(valid(GRID))
broken = GRID[:10] + "7" + GRID[11:]
print(valid(broken))
transposed = list(zip(*spiral(3)))
print(transposed, [list(r)[::-1] for r in zip(*spiral(3))])
