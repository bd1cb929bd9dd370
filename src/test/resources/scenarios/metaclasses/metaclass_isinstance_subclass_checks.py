class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(issubclass(B, A), isinstance(B, Meta), isinstance(B(), A))
print(type(B) is type(A))
classes = [A, B, int]
print([isinstance(c, Meta) for c in classes])
