# x.__len__ is a method-wrapper bound to x; calling it gives len(x)
import sys
items = [1, 2, 3]
n = items.__len__
print(type(n).__name__, n(), n.__name__)
print(sys.getrefcount(items))
del n
print(sys.getrefcount(items))
