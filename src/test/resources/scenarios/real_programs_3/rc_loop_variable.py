import sys

data = [object() for _ in range(3)]
for obj in data:
    print(sys.getrefcount(obj))
print(sys.getrefcount(data[-1]))
del obj
print(sys.getrefcount(data[-1]))
for i, obj in enumerate(data):
    pass
print(i, sys.getrefcount(obj))
pairs = list(zip(data, data))
print(sys.getrefcount(data[0]))
