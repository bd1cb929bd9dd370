class Meta(type):
    tag = "meta"
    def describe(cls):
        return cls.__name__
class A(metaclass=Meta):
    pass
a = A()
print(A.tag, A.describe())
try:
    a.describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(a.tag)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(A, "tag"), hasattr(a, "tag"))
