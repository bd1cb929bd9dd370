# A class whose bases cannot be linearized (C3) is refused with CPython's TypeError.
class X:
    pass
class Y:
    pass
class A(X, Y):
    pass
class B(Y, X):
    pass
print("before")
class C(A, B):
    pass
print("never")
