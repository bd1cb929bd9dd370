# Sequence repetition takes an __index__ count on either side; the lists and strings it
# makes are sized as CPython sizes them.
import sys


class Times:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


three = Times(3)
row = [0] * three
print(row, sys.getsizeof(row))
print(three * ["x"], "ab" * three, three * (1, 2), b"-" * three)
grid = [[None] * Times(2) for _ in range(Times(2))]
print(grid, sys.getrefcount(grid[0]))
ys = [1, 2]
ys *= Times(3)
print(ys, sys.getsizeof(ys))
s = "na"
s *= Times(4)
print(s)
print(bytes(Times(3)), bytearray(Times(2)), sys.getsizeof(bytes(Times(5))))
print([1] * Times(-1), "x" * Times(0))
try:
    [1] * 2.5
except TypeError as e:
    print("TypeError", e)
