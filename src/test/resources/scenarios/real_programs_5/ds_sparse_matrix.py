class SparseMatrix:
    def __init__(self, rows, cols, entries=None):
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (entries or {}).items():
            self[r, c] = v

    def __getitem__(self, pos):
        return self.data.get(pos, 0)

    def __setitem__(self, pos, value):
        r, c = pos
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"position {pos} outside {self.rows}x{self.cols}")
        if value:
            self.data[pos] = value
        else:
            self.data.pop(pos, None)

    def __add__(self, other):
        result = SparseMatrix(self.rows, self.cols, self.data)
        for pos, v in other.data.items():
            result[pos] = result[pos] + v
        return result

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError("shape mismatch")
        result = SparseMatrix(self.rows, other.cols)
        for (i, k), a in self.data.items():
            for j in range(other.cols):
                b = other[k, j]
                if b:
                    result[i, j] = result[i, j] + a * b
        return result

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def __str__(self):
        lines = []
        for r in range(self.rows):
            lines.append(" ".join(f"{self[r, c]:3}" for c in range(self.cols)))
        return "\n".join(lines)


a = SparseMatrix(3, 3, {(0, 0): 2, (1, 2): -1, (2, 1): 4})
b = SparseMatrix(3, 3, {(0, 0): 1, (1, 2): 1, (2, 2): 5})
print(a, end="\n\n")
print(a + b, end="\n\n")
print(a @ b)
print(f"density {a.density():.1%}, nonzero {sorted((a + b).data)}")
try:
    a[3, 0] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a @ SparseMatrix(2, 2)
except ValueError as e:
    print("ValueError:", e)
