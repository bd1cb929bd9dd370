# a walrus two comprehensions deep binds in the function: both comprehensions carry it as a free variable
import sys
def grid():
    rows = [[(cell := [r, c]) for c in range(2)] for r in range(2)]
    print(rows)
    print(cell, cell is rows[-1][-1], sys.getrefcount(cell))
grid()
