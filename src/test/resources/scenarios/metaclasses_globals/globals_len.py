# How many names does a script start with?
import sys
print(len(globals()))
x = 1
y = [x]
print(len(globals()))
del x
print(len(globals()))
print(sys.getrefcount(y))
