# +, -, & and | combine counters and keep only positive counts; unary + and - filter.
from collections import Counter
a = Counter(x=3, y=1, z=0)
b = Counter(x=1, y=2, w=4)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+Counter(p=1, q=-2), -Counter(p=1, q=-2))
