# class A(object): is the same as class A: — same refcount, same instance size.
import sys
class A(object):
    pass
class B:
    pass
print(sys.getrefcount(A), sys.getrefcount(B))
print(sys.getsizeof(A()), sys.getsizeof(B()))
print(issubclass(A, object), isinstance(A(), object))
