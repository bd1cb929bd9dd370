from fractions import Fraction


class Matrix:
    """Row-major matrix kept in one flat list; exact arithmetic with Fractions."""

    def __init__(self, nrows, ncols, values=None):
        self.nrows, self.ncols = nrows, ncols
        if values is None:
            values = [0] * (nrows * ncols)
        values = list(values)
        if len(values) != nrows * ncols:
            raise ValueError(f"need {nrows * ncols} values for {nrows}x{ncols}, got {len(values)}")
        self.data = values

    @classmethod
    def from_rows(cls, rows):
        rows = list(rows)
        return cls(len(rows), len(rows[0]), (v for row in rows for v in row))

    @classmethod
    def eye(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1
        return m

    def _offset(self, key):
        r, c = key
        if not (0 <= r < self.nrows and 0 <= c < self.ncols):
            raise IndexError(f"({r}, {c}) outside a {self.nrows}x{self.ncols} matrix")
        return r * self.ncols + c

    def __getitem__(self, key):
        if isinstance(key, int):
            return self.data[key * self.ncols:(key + 1) * self.ncols]
        return self.data[self._offset(key)]

    def __setitem__(self, key, value):
        self.data[self._offset(key)] = value

    def __iter__(self):
        for r in range(self.nrows):
            yield self[r]

    def column(self, c):
        return self.data[c::self.ncols]

    def __eq__(self, other):
        return (self.nrows, self.ncols, self.data) == (other.nrows, other.ncols, other.data)

    def _elementwise(self, other, op):
        if (self.nrows, self.ncols) != (other.nrows, other.ncols):
            raise ValueError("dimensions differ")
        return Matrix(self.nrows, self.ncols, map(op, self.data, other.data))

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __neg__(self):
        return Matrix(self.nrows, self.ncols, (-v for v in self.data))

    def __rmul__(self, k):
        return Matrix(self.nrows, self.ncols, (k * v for v in self.data))

    def __matmul__(self, other):
        if self.ncols != other.nrows:
            raise ValueError(f"inner sizes {self.ncols} and {other.nrows} differ")
        out = Matrix(self.nrows, other.ncols)
        for r in range(self.nrows):
            row = self[r]
            for c in range(other.ncols):
                out[r, c] = sum(x * y for x, y in zip(row, other.column(c)))
        return out

    @property
    def T(self):
        return Matrix(self.ncols, self.nrows, (v for c in range(self.ncols) for v in self.column(c)))

    def trace(self):
        return sum(self[i, i] for i in range(min(self.nrows, self.ncols)))

    def inverse(self):
        n = self.nrows
        if n != self.ncols:
            raise ValueError("only square matrices have inverses")
        aug = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(self)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if aug[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            lead = aug[col][col]
            aug[col] = [v / lead for v in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    factor = aug[r][col]
                    aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
        return Matrix(n, n, (v for row in aug for v in row[n:]))

    def __str__(self):
        cells = [str(v) for v in self.data]
        w = max(map(len, cells))
        lines = []
        for r in range(self.nrows):
            lines.append("| " + " ".join(c.rjust(w) for c in cells[r * self.ncols:(r + 1) * self.ncols]) + " |")
        return "\n".join(lines)

    def __repr__(self):
        return f"Matrix.from_rows({[list(r) for r in self]})"


m = Matrix.from_rows([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(m)
print("row 1:", m[1], "col 2:", m.column(2), "m[2, 0]:", m[2, 0], "trace:", m.trace())
print("transpose:", repr(m.T))
inv = m.inverse()
print("inverse:")
print(inv)
print("m @ inv == I:", m @ inv == Matrix.eye(3))
b = Matrix(3, 1, [4, 5, 6])
x = inv @ b
print("solve m x = [4, 5, 6]:", [str(v) for v in x.data], "check:", (m @ x).data)
print("m - m.T:")
print(m - m.T)
print("-2m:", (-(2 * m)).data)
print("rows:", [sum(r) for r in m], "cols:", [sum(m.column(c)) for c in range(3)])
for bad in (lambda: Matrix(2, 2, [1, 2, 3]), lambda: m @ Matrix(2, 2), lambda: m[3, 0],
            lambda: Matrix.from_rows([[1, 2], [2, 4]]).inverse(), lambda: m + Matrix(3, 2)):
    try:
        bad()
    except (ValueError, IndexError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
