import gc


def spiral(m):
    out = []
    while m:
        out.extend(m.pop(0))
        m = [list(row) for row in zip(*m)][::-1]
    return out


def rotate(m):
    return [list(r) for r in zip(*m[::-1])]


def pretty(m):
    width = max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(f"{x:>{width}}" for x in row) for row in m)


gc.collect()
grid = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
print(pretty(grid))
print("spiral:", spiral([row[:] for row in grid]))
print(pretty(rotate(grid)))
print("diagonal sums:", sum(grid[i][i] for i in range(3)), sum(grid[i][3 - i] for i in range(3)))
print("col max:", [max(col) for col in zip(*grid)])
flat = [x for row in grid for x in row]
print("flat:", flat[:5], "...", flat[-2:])
print("count:", gc.get_count())
