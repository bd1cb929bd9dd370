import sys

row = [0] * 3
board = [row] * 3
board[0][0] = "X"
print(board)
print([id(r) == id(board[0]) for r in board])
print("refcount of the shared row:", sys.getrefcount(row))

board = [[0] * 3 for _ in range(3)]
board[0][0] = "X"
print(board)
print(len({id(r) for r in board}), "distinct rows")

grid = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(col) for col in zip(*grid)]
print(grid)
print(transposed)
flat = [x for r in grid for x in r]
print(flat, sum(flat))
copy1 = grid[:]
copy1[0].append(99)
copy1.append([7])
print(grid[0], len(grid), len(copy1))
