# Naming the same base twice is a TypeError.
class A:
    pass
print("defined A")
class B(A, A):
    pass
