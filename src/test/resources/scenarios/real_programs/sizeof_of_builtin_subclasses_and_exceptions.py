# __sizeof__ of list/dict/set subclasses and exceptions: getsizeof adds 32 (GC header and managed dict) or 16 (exceptions keep their own dict)
import sys
class E(list):
    pass
class D(dict):
    pass
class X(Exception):
    pass
e = E([1, 2])
print(e.__sizeof__(), sys.getsizeof(e), D().__sizeof__(), sys.getsizeof(D()), X().__sizeof__(), sys.getsizeof(X()), ValueError().__sizeof__())
class F(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000
class G(Exception):
    def __sizeof__(self):
        return super().__sizeof__() + 1
class H(set):
    pass
print(sys.getsizeof(F()), sys.getsizeof(F([1, 2, 3])), sys.getsizeof(G()), H().__sizeof__(), sys.getsizeof(H()))
