# Popping enough items shrinks a list's allocation.
import sys
a = []
for i in range(20):
    a.append(i)
print(len(a), sys.getsizeof(a))
while len(a) > 2:
    a.pop()
print(len(a), sys.getsizeof(a))
a.clear()
print(len(a), sys.getsizeof(a))
