# Inside a comprehension, the element is referenced by the source list and the loop variable.
import sys
a = [1]
b = [2]
src = [a, b]
counts = [sys.getrefcount(e) for e in src]
print(counts)
