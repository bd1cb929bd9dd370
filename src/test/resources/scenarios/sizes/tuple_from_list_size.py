# tuple(list) is sized exactly, whatever the list's capacity.
import sys
a = []
for i in range(5):
    a.append(i)
print(sys.getsizeof(a), sys.getsizeof(tuple(a)))
