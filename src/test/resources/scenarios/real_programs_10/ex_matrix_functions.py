def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

def show(m, title):
    print(title)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(f"{x:>{width}}" for x in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, "A")
show(transpose(a), "A^T")
show(matmul(a, b), "A @ B")
fib = [[1, 1], [1, 0]]
show(mat_pow(fib, 30), "fib^30")
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
trace = sum(row[i] for i, row in enumerate(matmul(b, a)))
print("trace(B@A) =", trace)
print("row sums:", [sum(r) for r in a], "col sums:", [sum(c) for c in zip(*a)])
