import gc
import sys
from functools import reduce
from operator import mul


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join(f"{x:4d}" for x in row))


gc.collect()
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(transpose(a), "A^T")
c = matmul(a, b)
show(c, "A x B")
show(matmul(c, identity(2)), "C x I")
print("diag product:", reduce(mul, (c[i][i] for i in range(2)), 1))
print("trace:", sum(c[i][i] for i in range(len(c))))
row = c[0]
print("refcount row:", sys.getrefcount(row))
print("sizes:", sys.getsizeof(c), sys.getsizeof(row))
print("count:", gc.get_count())
