# The for-loop variable and the list both reference each item; the variable keeps the last one after the loop.
import sys
x = [10.5]
y = [20.5]
items = [x, y]
for it in items:
    print("in loop", sys.getrefcount(it))
print("x after loop", sys.getrefcount(x))
print("y after loop", sys.getrefcount(y))
