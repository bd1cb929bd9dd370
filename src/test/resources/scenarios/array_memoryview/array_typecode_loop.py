import array
import sys

for code in 'bhilqfd':
    a = array.array(code, [1, 2, 3])
    print(code, a.itemsize, sys.getsizeof(a), len(a.tobytes()))
