# split() makes new groups but shares the leaf exceptions: their refcounts go up while the parts live
import sys
v = ValueError("v")
k = KeyError("k")
eg = ExceptionGroup("g", [v, k])
print(sys.getrefcount(v), sys.getrefcount(k))
m, r = eg.split(ValueError)
print(sys.getrefcount(v), sys.getrefcount(k))
print(m.args[1] is not eg.args[1], type(m.args[1]).__name__)
del m, r
print(sys.getrefcount(v), sys.getrefcount(k))
