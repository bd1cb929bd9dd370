import sys

val = [0]
print(sys.getrefcount(val))
holders = []
for i in range(5):
    holders.append(val)
    print(i, sys.getrefcount(val))
while holders:
    holders.pop()
print("emptied:", sys.getrefcount(val))
as_keys = {i: val for i in range(3)}
print("dict values:", sys.getrefcount(val))
as_tuple = tuple(as_keys.values())
print("plus tuple:", sys.getrefcount(val))
del as_keys
print("tuple only:", sys.getrefcount(val))
for item in as_tuple:
    pass
print("loop var keeps one:", sys.getrefcount(val))
del item, as_tuple
print("final:", sys.getrefcount(val))
