# A Matrix whose __deepcopy__ copies its rows through the memo it is given.
import copy
import sys

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __deepcopy__(self, memo):
        print("deepcopy called, memo is a", type(memo).__name__, "with", len(memo), "entries")
        print("refs to self inside:", sys.getrefcount(self))
        result = Matrix(copy.deepcopy(self.rows, memo))
        memo[id(self)] = result
        return result

m = Matrix([[1, 2], [3, 4]])
m2 = copy.deepcopy(m)
print(m2 is m, m2.rows is m.rows, m2.rows[0] is m.rows[0], m2.rows == m.rows)
m2.rows[0][0] = 99
print(m.rows, m2.rows)
print(sys.getrefcount(m), sys.getrefcount(m2), sys.getrefcount(m.rows))
print(sys.getsizeof(m2.rows), sys.getsizeof(m2.rows[0]))
