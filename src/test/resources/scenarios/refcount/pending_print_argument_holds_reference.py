# An argument already evaluated for an enclosing call (print) holds a reference on the stack.
import sys
x = 1.25
y = x * 3
print(y, sys.getrefcount(y))
n = sys.getrefcount(y)
print(n)
