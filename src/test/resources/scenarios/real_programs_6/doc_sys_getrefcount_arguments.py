import sys

obj = object()
print(sys.getrefcount(obj))
box = [obj]
print(sys.getrefcount(obj))
pair = (obj, obj)
print(sys.getrefcount(obj))

def look(x):
    return sys.getrefcount(x)

print(look(obj))
def look_twice(x, y):
    return sys.getrefcount(x)
print(look_twice(obj, obj))
del box, pair
print(sys.getrefcount(obj))
