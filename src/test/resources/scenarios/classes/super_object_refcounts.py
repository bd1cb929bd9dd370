# super() makes an object holding the instance and its class while the call runs.
import sys
class A:
    def f(self):
        return sys.getrefcount(self)
class B(A):
    def f(self):
        print("in B", sys.getrefcount(self))
        return super().f()
b = B()
print("in A via super", b.f())
print(sys.getrefcount(b), sys.getrefcount(B))
