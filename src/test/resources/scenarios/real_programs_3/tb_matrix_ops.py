def make_matrix(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shapes do not match")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(multiply(a, b))
show(transpose(a))
print(multiply(identity(2), [[5, 6], [7, 8]]))
try:
    multiply(a, a)
except ValueError as e:
    print("ValueError:", e)
grid = make_matrix(2, 3)
grid[0][1] = 9
print(grid)
det2 = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det2([[3, 8], [4, 6]]))
print([sum(col) for col in zip(*b)], [max(r) for r in b])
