# A cleared dict returns to the empty dict size.
import sys
d = {}
for i in range(10):
    d[i] = i
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
