# 2-D lists: row sums, column sums, diagonals, spiral and snake walks.
def make_matrix(rows, cols):
    return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]

def show(m):
    for row in m:
        print(" ".join(f"{x:3d}" for x in row))

m = make_matrix(4, 5)
show(m)
print("row sums:", [sum(row) for row in m])
print("col sums:", [sum(m[r][c] for r in range(len(m))) for c in range(len(m[0]))])
sq = make_matrix(4, 4)
print("main diagonal:", [sq[i][i] for i in range(4)])
print("anti diagonal:", [sq[i][3 - i] for i in range(4)])

def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out += [m[top][c] for c in range(left, right + 1)]
        top += 1
        out += [m[r][right] for r in range(top, bottom + 1)]
        right -= 1
        if top <= bottom:
            out += [m[bottom][c] for c in range(right, left - 1, -1)]
            bottom -= 1
        if left <= right:
            out += [m[r][left] for r in range(bottom, top - 1, -1)]
            left += 1
    return out

print("spiral:", spiral(m))
snake = [row if i % 2 == 0 else row[::-1] for i, row in enumerate(m)]
print("snake:", [x for row in snake for x in row])
t = [list(col) for col in zip(*m)]
print("transpose is", len(t), "x", len(t[0]))
rot = [list(row) for row in zip(*m[::-1])]
show(rot)
grid = ["#..#", ".##.", "#..#"]
neighbours = []
for r in range(len(grid)):
    line = ""
    for c in range(len(grid[0])):
        n = sum(grid[rr][cc] == "#" for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
                if (rr, cc) != (r, c) and 0 <= rr < len(grid) and 0 <= cc < len(grid[0]))
        line += str(n)
    neighbours.append(line)
print(neighbours)
print(max(max(row) for row in m), min(map(min, m)), sum(map(sum, m)))
