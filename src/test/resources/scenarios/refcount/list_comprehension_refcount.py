# A comprehension's list holds one reference per element; its loop variable is gone afterwards.
import sys
x = [7]
lst = [x for i in range(3)]
print("x", sys.getrefcount(x))
print("list", sys.getrefcount(lst))
