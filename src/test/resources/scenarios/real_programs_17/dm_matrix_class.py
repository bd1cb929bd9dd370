# A small Matrix class: tuple indexing, @ for products, equality, identity, transpose, repr as a grid.
import sys


class Matrix:
    def __init__(self, rows):
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise ValueError("ragged rows: " + str(sorted(widths)))
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, index):
        i, j = index
        return self.rows[i][j]

    def __setitem__(self, index, value):
        i, j = index
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for row in self.rows:
            yield tuple(row)

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shapes {self.shape} and {other.shape} differ")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(len(self))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __repr__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        lines = ["[" + " ".join(str(v).rjust(width) for v in row) + "]" for row in self.rows]
        return "\n".join(lines)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A, B, sep="\n--\n")
print(A.shape, len(A), A[1, 0], 4 in A, 5 in A, list(A))
print(A @ B)
print(B @ A == A, A @ Matrix.identity(2) == A)
print(A + A == 2 * A, A * 3)
print(A.T)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 30)[0, 1], (fib ** 90)[0, 1])
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C @ C.T)
print(C.T @ C)
Z = Matrix.zeros(2, 3)
Z[1, 2] = 7
print(Z, Z.rows[0] is Z.rows[1])
try:
    C @ C
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
try:
    hash(A)
except TypeError as e:
    print("TypeError:", e)
try:
    A[2, 0]
except IndexError as e:
    print("IndexError:", e)
print(sys.getsizeof(A.rows), sys.getsizeof(A.rows[0]), sys.getrefcount(A.rows[0]))
