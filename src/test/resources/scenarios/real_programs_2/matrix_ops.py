def make(n, m, f):
    return [[f(i, j) for j in range(m)] for i in range(n)]
def mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(a):
    return [list(row) for row in zip(*a)]
A = make(2, 3, lambda i, j: i + j)
B = make(3, 2, lambda i, j: i * j + 1)
print(A, B)
print(mul(A, B))
print(transpose(A))
I = make(3, 3, lambda i, j: int(i == j))
print(mul(B, [[1, 0], [0, 1]]) == B, I)
for row in mul(A, B):
    print(" ".join(f"{x:4d}" for x in row))
