# matrices with nested lists
def make_matrix(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a))
for row in matmul(a, b):
    print(" ".join(f"{v:4d}" for v in row))
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = make_matrix(3, 3)
good[0][0] = 1
print(good)
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, sum(map(sum, ident)))
flat = [x for row in a for x in row]
print(flat, flat[::2], flat[-2:])
