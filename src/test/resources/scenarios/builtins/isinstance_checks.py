# isinstance with builtin types and user classes.
class A:
    pass
class B:
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(A(), A))
print(isinstance(True, int), isinstance(1, float), isinstance("s", str))
