import gc, sys
def make():
    class Meta(type):
        def hello(cls):
            return "hi " + cls.__name__
    class A(metaclass=Meta):
        pass
    return A
A = make()
print(A.hello(), type(A).__name__)
print(sys.getrefcount(A), sys.getrefcount(type(A)))
del A
print(gc.collect())
