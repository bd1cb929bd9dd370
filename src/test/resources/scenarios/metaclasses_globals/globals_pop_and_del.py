# Removing globals through the dict
import sys, gc

data = [1, 2, 3]
alias = data
print(sys.getrefcount(data))
removed = globals().pop("alias")
print(removed is data, sys.getrefcount(data))
del removed
del globals()["data"]
print("data" in globals(), "alias" in globals())
print(gc.collect())
