board = [[0] * 3] * 3
board[0][0] = 1
print(board)
print(board[0] is board[1])
board = [[0] * 3 for _ in range(3)]
board[0][0] = 1
print(board)
print(board[0] is board[1])
row = [None] * 2
grid = [row, row]
grid[1][1] = "x"
print(grid)
import copy
deep = copy.deepcopy(grid)
print(deep, deep[0] is deep[1])
shallow = grid[:]
shallow[0] = ["new"]
print(grid, shallow)
m = [[]] * 2
m[0].append(1)
print(m, len(m))
