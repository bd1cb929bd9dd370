# @ calls __matmul__, then the reflected __rmatmul__; the result is a new object.
import sys

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return Matrix([[other * x for x in r] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
c = a @ b
print(c, a @ b @ b, 2 @ a)
print(sys.getrefcount(a), sys.getrefcount(c), sys.getsizeof(c))
print(c is a, (a @ b).rows == c.rows)
