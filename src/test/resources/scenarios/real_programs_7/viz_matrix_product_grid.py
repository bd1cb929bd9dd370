from itertools import product

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = [[0] * cols for _ in range(rows)]
    for i, j, k in product(range(rows), range(cols), range(inner)):
        out[i][j] += a[i][k] * b[k][j]
    return out

A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = matmul(A, B)
for row in C:
    print(" ".join(f"{x:4d}" for x in row))
print("transpose:", [list(col) for col in zip(*C)])
print("rows share lists?", any(C[i] is C[j] for i in range(3) for j in range(3) if i != j))
bad = [[0] * 3] * 3
bad[0][0] = 1
print("the aliasing trap:", bad)
print("coordinates:", list(product("AB", range(1, 3))))
