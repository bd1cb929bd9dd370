import array
import sys

for code in ['b', 'h', 'i', 'q', 'd']:
    a = array.array(code)
    for i in range(20):
        a.append(i)
    print(code, a.itemsize, len(a), sys.getsizeof(a))
