# Reading through an attribute chain leaves no extra references behind.
import sys
class N:
    pass
a = N()
a.b = N()
a.b.c = [1]
x = a.b.c
print("c", sys.getrefcount(x))
print("b", sys.getrefcount(a.b))
