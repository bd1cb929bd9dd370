import sys
row = [0] * 3
grid = [row] * 3
print(sys.getrefcount(row))
grid[0][1] = 5
print(grid)
grid2 = [list(row) for _ in range(3)]
print(sys.getrefcount(row))
del grid
print(sys.getrefcount(row))
