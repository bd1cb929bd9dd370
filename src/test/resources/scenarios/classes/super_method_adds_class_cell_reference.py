# A method that calls super() gets a __class__ cell holding its class: one more reference.
import sys
class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        return super().f() + 1
class C(A):
    def f(self):
        return A.f(self) + 1
print(sys.getrefcount(B), sys.getrefcount(C))
print(B().f(), C().f())
