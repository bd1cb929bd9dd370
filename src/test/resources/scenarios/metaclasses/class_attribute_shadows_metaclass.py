class Meta(type):
    kind = "from the metaclass"
    def name_of(cls):
        return "meta " + cls.__name__
class A(metaclass=Meta):
    kind = "from the class"
class B(metaclass=Meta):
    pass
print(A.kind)
print(B.kind)
print(A.name_of(), B.name_of())
B.kind = "set on B"
print(B.kind, A.kind)
