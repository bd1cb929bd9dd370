# Appending grows a list's capacity in steps (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...): size changes only at resizes.
import sys
a = []
last = sys.getsizeof(a)
print(0, last)
for i in range(80):
    a.append(i)
    s = sys.getsizeof(a)
    if s != last:
        print(len(a), s)
        last = s
