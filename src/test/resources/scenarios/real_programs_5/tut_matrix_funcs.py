def zeros(n, m):
    return [[0] * m for _ in range(n)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def det(a):
    if len(a) == 1:
        return a[0][0]
    if len(a) == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for j, value in enumerate(a[0]):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * value * det(minor)
    return total

def show(a, name):
    width = max(len(f"{x:g}") for row in a for x in row)
    print(f"{name} =")
    for row in a:
        print("  [" + " ".join(f"{x:>{width}g}" for x in row) + "]")

a = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
b = [[1, 2, 3], [0, 1, 4], [5, 6, 0]]
show(a, "A")
show(transpose(b), "B^T")
show(matmul(a, b), "A*B")
print("det(A) =", det(a), " det(B) =", det(b), " det(AB) =", det(matmul(a, b)))
print(matmul(a, identity(3)) == a)
show([[x / 4 for x in row] for row in a], "A/4")
m = zeros(2, 3)
m[0][1] = 7
print(m)
def trace(a):
    return sum(a[i][i] for i in range(len(a)))
print("trace", trace(a), trace(identity(5)))
power = identity(3)
for _ in range(3):
    power = matmul(power, a)
show(power, "A^3")
