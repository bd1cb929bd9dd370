# A cleared set goes back to the small table.
import sys
s = set(list(range(50)))
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
