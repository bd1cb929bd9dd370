# from copy import * to compare shallow and deep copies
import sys
from copy import *

grid = [[0, 0], [0, 0]]
shallow = copy(grid)
deep = deepcopy(grid)
grid[0][0] = 1
print(shallow[0][0], deep[0][0])
print(sys.getrefcount(grid[0]), sys.getrefcount(grid[1]))
