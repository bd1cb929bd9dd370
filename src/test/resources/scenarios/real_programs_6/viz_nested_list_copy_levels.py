import copy

grid = [[1, 2], [3, 4]]
alias = grid
shallow = grid[:]
deep = copy.deepcopy(grid)

grid[0][0] = 99
grid.append([5, 6])

for name, value in [("grid", grid), ("alias", alias), ("shallow", shallow), ("deep", deep)]:
    print(f"{name:8}", value, value is grid, value[0] is grid[0])
