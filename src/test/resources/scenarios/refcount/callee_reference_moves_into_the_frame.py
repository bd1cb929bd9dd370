# A called function is held by its frame (f_func), not by the caller: inside f, getrefcount(f) is 3.
import sys, gc
class A:
    def __del__(self):
        print("del", sys.getrefcount(self))
a = A()
del a
def f():
    print("f", sys.getrefcount(f))
f()
class B:
    def m(self):
        print("m", sys.getrefcount(B.m))
B().m()
def g(x):
    print("g", sys.getrefcount(x))
g([])
print(sys.getrefcount([]))
l = [1, 2]
print(len(l), sys.getrefcount(l))
print(max(l, key=None) if False else 0)
print([sys.getrefcount(l) for x in range(1)])
x = [A() for i in range(2)]
del x
c = A(); c.me = c
del c
print(gc.collect())
