# An instance's getsizeof stays the same however many attributes it gets.
import sys
class P:
    pass
p = P()
print(sys.getsizeof(p))
p.a = 1
p.b = 2
p.c = [1, 2, 3]
print(sys.getsizeof(p))
