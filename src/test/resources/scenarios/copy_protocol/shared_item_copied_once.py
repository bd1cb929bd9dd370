# A list holding the same Matrix twice: the memo makes deepcopy copy it once.
import copy
import sys

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __deepcopy__(self, memo):
        print("copying a matrix; memo has", len(memo), "entries")
        dup = Matrix(copy.deepcopy(self.rows, memo))
        return dup

m = Matrix([[1, 0], [0, 1]])
pair = [m, m]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is m, dup[0].rows == m.rows)
print(sys.getrefcount(m), sys.getrefcount(dup[0]), sys.getrefcount(m.rows))
