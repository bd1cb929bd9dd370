import sys
from typing import NamedTuple


class Move(NamedTuple):
    dx: int
    dy: int


class Cell(NamedTuple):
    row: int
    col: int

    def step(self, move):
        return Cell(self.row + move.dy, self.col + move.dx)


def describe(m):
    match m:
        case Move(0, 0):
            return "stay"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case (a, b):
            return f"diagonal {a},{b}"


for m in [Move(0, 0), Move(0, -1), Move(2, 0), Move(1, 1)]:
    print(describe(m))
print(Move.__match_args__)
grid = {}
pos = Cell(0, 0)
for m in [Move(1, 0), Move(0, 1), Move(1, 0)]:
    pos = pos.step(m)
    grid[pos] = grid.get(pos, 0) + 1
print(grid)
print(grid[(1, 2)], Cell(1, 2) in grid, (1, 1) in grid)
row, col = pos
print(row, col, sys.getrefcount(pos))
seen = {Cell(0, 0), Cell(0, 0), (0, 0)}
print(len(seen), sorted(grid))
