def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def transpose(m):
    return [list(col) for col in zip(*m)]

def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def rotate(m):
    return [list(row) for row in zip(*m[::-1])]

def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        k >>= 1
    return result

def show(name, m):
    width = max(len(str(v)) for row in m for v in row)
    print(name)
    for row in m:
        print("  " + " ".join(str(v).rjust(width) for v in row))

a = [[1, 2, 3], [4, 5, 6]]
show("a", a)
show("a^T", transpose(a))
show("a * a^T", multiply(a, transpose(a)))
show("rotated", rotate(a))
fib = [[1, 1], [1, 0]]
show("fib^10", power(fib, 10))
print("symmetric:", multiply(a, transpose(a)) == transpose(multiply(a, transpose(a))))
