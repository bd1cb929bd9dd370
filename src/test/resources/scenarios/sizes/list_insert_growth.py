# insert grows the list the same way as append.
import sys
a = []
for i in range(9):
    a.insert(0, i)
    print(len(a), sys.getsizeof(a))
