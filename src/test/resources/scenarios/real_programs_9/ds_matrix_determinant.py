from fractions import Fraction


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + "  ".join(str(x).rjust(w) for x in row) + "]")


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print("det", det(A))
inv = inverse(A)
show(inv)
prod = [[sum(a * b for a, b in zip(row, col)) for col in zip(*inv)] for row in A]
show(prod)
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print(e, det([[1, 2], [2, 4]]))
