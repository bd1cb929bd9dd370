class MetaA(type):
    pass
class MetaB(type):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
print(type(A) is MetaA, type(B) is MetaB)
print(isinstance(A, MetaB), isinstance(B, MetaB))
