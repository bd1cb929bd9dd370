# CS2: a Matrix class with operators, errors for mismatched shapes, and identity checks.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, 2 * a, a * 0.5, sep="\n--\n")
print(a * Matrix.identity(2) == a, a == [[1, 2], [3, 4]], a[1, 0], a.shape)
p = a
for _ in range(4):
    p = p * a
print(p)
for bad in (lambda: a + Matrix([[1, 2, 3]]), lambda: a * Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: a * "x"):
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a[2, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
