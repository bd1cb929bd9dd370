# While a for loop runs, its iterator holds a reference to the list being iterated.
import sys
xs = [1, 2]
print("before", sys.getrefcount(xs))
for x in xs:
    print("during", sys.getrefcount(xs))
print("after", sys.getrefcount(xs))
