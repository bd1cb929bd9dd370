# Exercism-style "matrix" and "saddle points": parse rows from text, columns, and points that are row-max and column-min.
import sys


class Matrix:
    def __init__(self, text):
        self._rows = [[int(n) for n in line.split()] for line in text.splitlines() if line.strip()]

    def row(self, index):
        return list(self._rows[index - 1])

    def column(self, index):
        return [r[index - 1] for r in self._rows]

    def __iter__(self):
        return iter(self._rows)


def saddle_points(rows):
    if not rows:
        return []
    if any(len(r) != len(rows[0]) for r in rows):
        raise ValueError("irregular matrix")
    cols = list(zip(*rows))
    points = []
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value == max(row) and value == min(cols[j]):
                points.append({"row": i + 1, "column": j + 1})
    return points


text = sys.stdin.read()
blocks = text.split("\n\n")
for n, block in enumerate(blocks, 1):
    m = Matrix(block)
    rows = list(m)
    print(f"matrix {n}: {len(rows)}x{len(rows[0]) if rows else 0}")
    if rows:
        print("  row 1:", m.row(1), "column 1:", m.column(1))
    try:
        print("  saddle points:", saddle_points(rows))
    except ValueError as e:
        print("  error:", e)
