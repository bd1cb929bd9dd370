# A generator expression holds the iterator of its source: the list stays referenced while it lives.
import sys
data = [1, 2, 3]
print("before", sys.getrefcount(data))
g = (x * 2 for x in data)
print("with genexp", sys.getrefcount(data))
print(list(g))
print("exhausted", sys.getrefcount(data))
