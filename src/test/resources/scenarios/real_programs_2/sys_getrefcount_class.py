import sys
class K:
    pass
print(sys.getrefcount(K) > 2)
k = K()
print(sys.getrefcount(k))
def m(self): return self
K.m = m
print(sys.getrefcount(k), k.m() is k)
print(sys.getrefcount(k))
