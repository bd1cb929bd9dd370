# identity vs equality (blog on interning)
import sys
a = "hello"
b = "hello"
print(a is b, a == b)
x = 256
y = 256
print(x is y)
c = "".join(["hel", "lo"])
print(c == a, c is a, sys.intern(c) is a)
l1 = [1, 2]
l2 = [1, 2]
print(l1 == l2, l1 is l2, id(l1) == id(l2))
t1 = ()
t2 = ()
print(t1 is t2)
n = None
print(n is None, type(None).__name__)
print(sys.getrefcount(a) > 2)
