class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
I = Matrix([[1, 0], [0, 1]])
print(A + B)
print(A @ B)
print(A @ I == A, A.transpose() == A)
print(Matrix([[1, 2, 3]]).transpose())
print(Matrix([[10, -2], [3, 400]]) @ A)
