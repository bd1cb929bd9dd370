def minor(m, row, col):
    return [r[:col] + r[col + 1:] for i, r in enumerate(m) if i != row]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det(minor(m, 0, c)) for c in range(len(m)))


def transpose(m):
    return [list(col) for col in zip(*m)]


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(f"{x:>{width}}" for x in row))


a = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
show(a)
print("det =", det(a))
show(transpose(a))
b = [[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]
print("det b =", det(b))
identity = [[int(i == j) for j in range(4)] for i in range(4)]
print("det I =", det(identity))
