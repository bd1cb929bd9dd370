# Advent-of-Code style grid walk: count trees hit on several slopes through a repeating map.
import math
import sys

grid = [row.strip() for row in sys.stdin.read().splitlines() if row.strip()]
height, width = len(grid), len(grid[0])
print(f"map is {height} rows by {width} columns")


def trees(right, down):
    hits = 0
    col = 0
    for row in range(0, height, down):
        if grid[row][col % width] == "#":
            hits += 1
        col += right
    return hits


slopes = [(1, 1), (3, 1), (5, 1), (7, 1), (1, 2)]
counts = {slope: trees(*slope) for slope in slopes}
for (r, d), n in counts.items():
    print(f"right {r}, down {d}: {n:>2} trees")
print("part 1:", counts[(3, 1)])
print("part 2:", math.prod(counts.values()))
path = [list(row) for row in grid]
col = 0
for row in range(height):
    path[row][col % width] = "X" if grid[row][col % width] == "#" else "O"
    col += 3
print("\n".join("".join(r) for r in path))
