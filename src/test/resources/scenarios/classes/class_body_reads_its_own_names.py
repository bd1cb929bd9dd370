# Names assigned earlier in a class body can be used later in the same body.
class Grid:
    size = 3
    cells = size * size
print(Grid.size, Grid.cells)
