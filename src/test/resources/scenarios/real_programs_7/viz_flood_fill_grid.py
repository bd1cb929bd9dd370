grid = [
    list("..##...."),
    list(".#..#.##"),
    list(".#..#..."),
    list("..##..#."),
]

def show(g):
    for row in g:
        print("".join(row))
    print()

def flood(g, r, c, new):
    old = g[r][c]
    if old == new:
        return 0
    stack = [(r, c)]
    filled = 0
    while stack:
        y, x = stack.pop()
        if 0 <= y < len(g) and 0 <= x < len(g[0]) and g[y][x] == old:
            g[y][x] = new
            filled += 1
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return filled

show(grid)
print("filled", flood(grid, 1, 2, "o"))
show(grid)
print("filled", flood(grid, 0, 0, "~"))
show(grid)
