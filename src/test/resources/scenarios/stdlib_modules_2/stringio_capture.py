# A function that writes to any text file, tested against a StringIO.
import io
import sys

def print_table(rows, out):
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(cell).ljust(w) for cell, w in zip(row, widths)]
        print(" | ".join(cells), file=out)
    return len(rows)

rows = [("id", "name", "qty"), (1, "bolt", 250), (2, "washer", 1200), (13, "nut", 75)]
captured = io.StringIO()
n = print_table(rows, captured)
lines = captured.getvalue().splitlines()
print(n, len(lines))
for line in lines:
    print("[" + line.rstrip() + "]")
print(sys.getrefcount(captured))
print(isinstance(captured, io.StringIO), type(captured))
