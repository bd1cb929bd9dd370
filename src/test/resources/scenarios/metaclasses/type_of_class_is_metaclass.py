class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class Plain:
    pass
print(type(A) is Meta, type(Plain) is Meta, type(Plain) is type)
print(type(A), type(Meta))
print(A.__class__ is Meta, type(A()) is A)
