# Shallow copies: the outer container is new, the inner ones are shared.
import copy

grid = [[0, 0], [0, 0]]
views = {
    "alias": grid,
    "slice": grid[:],
    "list()": list(grid),
    "copy()": grid.copy(),
    "copy.copy": copy.copy(grid),
    "deepcopy": copy.deepcopy(grid),
    "comprehension": [row[:] for row in grid],
}
grid[0][0] = 1
grid.append([9])
for name, v in views.items():
    print("%-14s outer same: %-5s inner shared: %-5s %s" % (name, v is grid, v[0] is grid[0], v))

nums = (1, [2, 3])
print("copy of tuple is itself:", copy.copy(nums) is nums)
deep = copy.deepcopy(nums)
print("deepcopy of tuple with list is new:", deep is not nums)
atoms = (1, "a", None)
print("deepcopy of all-atom tuple is itself:", copy.deepcopy(atoms) is atoms)
