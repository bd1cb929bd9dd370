# Looping with enumerate, the item is held by the list and the loop variable.
import sys
a = [1.5]
xs = [a]
for i, item in enumerate(xs):
    print(i, sys.getrefcount(item))
print(sys.getrefcount(a))
