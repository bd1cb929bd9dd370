# A class is an object too: an instance of type, with object at the end of every MRO.
class A:
    pass
class B(A):
    pass
print(isinstance(A, type), isinstance(B, type), isinstance(A(), type), isinstance(B, object))
print(type(A) is type, issubclass(B, A), object in B.__mro__)
