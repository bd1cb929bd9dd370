# A slice or .copy() is sized exactly; list(a) rounds the capacity up to even; an appended list is over-allocated.
import sys
a = []
for i in range(5):
    a.append(i)
print(sys.getsizeof(a), sys.getsizeof(a.copy()), sys.getsizeof(a[:]), sys.getsizeof(list(a)))
