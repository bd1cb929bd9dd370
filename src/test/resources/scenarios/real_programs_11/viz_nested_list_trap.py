board = [[0] * 3] * 3
board[0][0] = 1
print("the trap:")
for row in board:
    print(" ", row)
print("rows are the same object:", board[0] is board[1] is board[2])

board = [[0] * 3 for _ in range(3)]
board[0][0] = 1
print("the fix:")
for row in board:
    print(" ", row)
print("rows are distinct:", board[0] is not board[1])

grid = [[] for _ in range(2)]
grid[0].append("x")
shared = [[]] * 2
shared[0].append("x")
print(grid, shared)
