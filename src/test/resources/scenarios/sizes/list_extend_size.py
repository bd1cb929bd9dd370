# extend on an empty list preallocates an even capacity, less than a series of appends.
import sys
a = []
a.extend([1, 2, 3, 4, 5])
print(sys.getsizeof(a))
b = []
for i in range(5):
    b.append(i)
print(sys.getsizeof(b))
