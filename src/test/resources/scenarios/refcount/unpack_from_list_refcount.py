# Unpacking from a list: each target gets its own reference and the list keeps its own.
import sys
p = [1.5]
q = [2.5]
pair = [p, q]
a, b = pair
print("p", sys.getrefcount(p))
del pair
print("p after list gone", sys.getrefcount(p))
