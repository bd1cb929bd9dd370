# &= builds the intersection and swaps tables with it, so a big set shrinks; -= keeps its table.
import sys
big = set(range(100))
print(sys.getsizeof(big))
big &= {1, 2, 3}
print(big, sys.getsizeof(big))
other = set(range(100))
other -= set(range(3, 100))
print(other, sys.getsizeof(other))
