# map holds the descriptor it calls while it is alive
import sys
before = sys.getrefcount(str.upper)
m = map(str.upper, ["a"])
print(sys.getrefcount(str.upper) - before)
print(list(m))
del m
print(sys.getrefcount(str.upper) - before)
