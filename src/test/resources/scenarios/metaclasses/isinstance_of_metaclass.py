class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class Plain:
    pass
print(isinstance(A, Meta), isinstance(A, type), isinstance(Plain, Meta))
print(isinstance(A(), Meta), isinstance(A(), A))
print(isinstance(Meta, type), isinstance(A, (int, Meta)))
