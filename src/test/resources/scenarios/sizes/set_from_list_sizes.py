# Sizes of sets built from lists of small ints, printed where the table grows.
import sys
last = 0
for n in range(40):
    s = set(list(range(n)))
    size = sys.getsizeof(s)
    if size != last:
        print(n, size)
        last = size
