# Conway's Game of Life on a small wrapped board, seeded random start.
import random

random.seed(5)
ROWS, COLS = 8, 12
board = [[random.random() < 0.3 for _ in range(COLS)] for _ in range(ROWS)]

def step(b):
    new = []
    for r in range(ROWS):
        row = []
        for c in range(COLS):
            n = sum(b[(r + dr) % ROWS][(c + dc) % COLS]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            row.append(n == 3 or (b[r][c] and n == 2))
        new.append(row)
    return new

def show(b, gen):
    alive = sum(map(sum, b))
    print(f"generation {gen}: {alive} alive")
    for row in b:
        print("".join("O" if cell else "." for cell in row))

seen = {}
for gen in range(6):
    key = tuple(tuple(r) for r in board)
    if key in seen:
        print("repeat of generation", seen[key])
        break
    seen[key] = gen
    if gen % 2 == 0:
        show(board, gen)
    board = step(board)
print(type(board[0][0]).__name__, sum(cell for row in board for cell in row))
