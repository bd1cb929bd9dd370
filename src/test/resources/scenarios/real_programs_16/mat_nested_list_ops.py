# Matrix operations with nested lists: add, multiply, transpose, identity, determinant, pretty print.
def shape(m):
    return len(m), len(m[0])


def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def mul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j, v in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * v * det(minor)
    return total


def pretty(m, name):
    width = max(len(str(x)) for row in m for x in row)
    print(f"{name} ({shape(m)[0]}x{shape(m)[1]}):")
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


A = [[2, -1, 0], [1, 3, 4], [0, 5, -2]]
B = [[1, 2], [0, 1], [4, -3]]
pretty(A, "A")
pretty(B, "B")
pretty(mul(A, B), "A*B")
pretty(add(A, identity(3)), "A+I")
pretty([list(r) for r in zip(*B)], "B^T")
print("det(A) =", det(A), " det(I4) =", det(identity(4)))
print("A*I == A:", mul(A, identity(3)) == A)
grid = [[0] * 3 for _ in range(2)]
trap = [[0] * 3] * 2
grid[0][1] = trap[0][1] = 7
print(grid, trap, trap[0] is trap[1])
print("trace:", sum(A[i][i] for i in range(3)), "col sums:", [sum(c) for c in zip(*A)])
flat = [x for row in A for x in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == A)
