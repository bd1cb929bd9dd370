import sys
class A:
    def __init__(self, x):
        print(sys.getrefcount(x), sys.getrefcount(self))
    def m(self, y):
        print(sys.getrefcount(y), sys.getrefcount(self))
l = []
a = A(l)
a.m(l)
f = a.m
f(l)
def g(x, y=None):
    print(sys.getrefcount(x))
g(l)
g(l, y=1)
g(x=l)
print(sys.getrefcount(l), sys.getrefcount(a))
print(len(l), sys.getrefcount(A))
