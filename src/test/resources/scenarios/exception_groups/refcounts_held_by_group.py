# A group holds each sub-exception once in its tuple (and once more through the list kept in args)
import sys
a = ValueError("a")
b = KeyError("b")
print(sys.getrefcount(a), sys.getrefcount(b))
items = [a, b]
eg = ExceptionGroup("two", items)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(items))
del items
print(sys.getrefcount(a), sys.getrefcount(eg.args[1]))
t = (a, b)
eg2 = ExceptionGroup("from tuple", t)
print(eg2.exceptions is t, sys.getrefcount(t))
del eg, eg2
print(sys.getrefcount(a), sys.getrefcount(b))
