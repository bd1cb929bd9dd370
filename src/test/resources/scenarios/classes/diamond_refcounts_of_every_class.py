# In a diamond, D(B, C) holds B three times, C twice and A once (only through D.__mro__).
import sys
class A:
    pass
class B(A):
    pass
class C(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C))
class D(B, C):
    pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
