# Tuple-unpacking assignment leaves no temporary tuple holding references.
import sys
x = [1]
y = [2]
a, b = x, y
print("x", sys.getrefcount(x))
print("y", sys.getrefcount(y))
a, b = b, a
print("a is y", a is y, "b is x", b is x)
print("x again", sys.getrefcount(x))
