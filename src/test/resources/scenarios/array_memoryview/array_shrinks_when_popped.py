import array
import sys

a = array.array('l', range(100))
print(len(a), sys.getsizeof(a))
while a:
    a.pop()
    if len(a) % 10 == 0:
        print(len(a), sys.getsizeof(a))
