class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        return self.cells[y][x]

    def __setitem__(self, pos, value):
        x, y = pos
        self[x, y]  # bounds check
        self.cells[y][x] = value

    def __contains__(self, value):
        return any(value in row for row in self.cells)

    def __iter__(self):
        for y, row in enumerate(self.cells):
            for x, v in enumerate(row):
                yield (x, y), v

    def __len__(self):
        return self.w * self.h

    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)

    def neighbours(self, x, y):
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            try:
                if x + dx >= 0 and y + dy >= 0:
                    yield (x + dx, y + dy), self[x + dx, y + dy]
            except IndexError:
                pass


g = Grid(5, 3)
g[0, 0] = "S"
g[4, 2] = "E"
for x in range(1, 4):
    g[x, 1] = "#"
print(g)
print(len(g), "#" in g, "?" in g)
print(sorted(p for p, v in g if v == "#"))
print(list(g.neighbours(0, 0)))
print(dict(g.neighbours(4, 1)))
try:
    g[5, 0] = "x"
except IndexError as e:
    print("IndexError:", e)
