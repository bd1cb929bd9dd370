# Refcounts around except*: the original group, its leaves and each match (a wrapped naked exception is held by its wrapper)
import sys
v = ValueError("v")
k = KeyError("k")
orig = ExceptionGroup("o", [v, k])
print(sys.getrefcount(orig), sys.getrefcount(v), sys.getrefcount(k))
try:
    raise orig
except* ValueError as m:
    print("in V", sys.getrefcount(orig), sys.getrefcount(v), sys.getrefcount(k), sys.getrefcount(m))
except* KeyError as m2:
    print("in K", sys.getrefcount(orig), sys.getrefcount(v), sys.getrefcount(k), sys.getrefcount(m2))
print(sys.getrefcount(orig), sys.getrefcount(v), sys.getrefcount(k))
n = TypeError("n")
try:
    raise n
except* TypeError as w:
    print("wrapped", sys.getrefcount(n), sys.getrefcount(w))
print(sys.getrefcount(n))
