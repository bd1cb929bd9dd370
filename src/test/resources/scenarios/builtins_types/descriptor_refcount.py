# a descriptor is held by its type's dict: getrefcount is 2 (dict + argument)
import sys
print(sys.getrefcount(str.upper))
u = str.upper
print(sys.getrefcount(u))
v = u
print(sys.getrefcount(str.upper))
del u, v
print(sys.getrefcount(str.upper))
