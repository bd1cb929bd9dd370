import sys

x = [1, 2, 3]
y = x
z = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
values = [x, x]
del values[0]
print(sys.getrefcount(x))
del values[:]
print(sys.getrefcount(x), values)
