# from ... import binds the module's function object directly.
from sys import getrefcount
from gc import collect, isenabled as on
obj = []
print(getrefcount(obj))
print(on())
collect()
print("collected")
