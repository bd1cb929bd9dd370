# isinstance and issubclass follow inheritance; tuples of classes match any of them.
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)))
print(issubclass(bool, int), isinstance(True, int), type(b) is B, type(b) is A)
