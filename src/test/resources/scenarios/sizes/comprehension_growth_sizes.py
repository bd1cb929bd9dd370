# A comprehension grows its list by appends, so its size follows the append pattern.
import sys
for n in [0, 1, 4, 5, 8, 9, 16, 17]:
    print(n, sys.getsizeof([i for i in range(n)]))
