# The namespace dict: who holds it inside __new__ and __init__.
import gc, sys
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("new: ns", sys.getrefcount(ns), "bases", sys.getrefcount(bases), type(ns).__name__)
        cls = super().__new__(mcs, name, bases, ns)
        print("new: cls", sys.getrefcount(cls), "ns after", sys.getrefcount(ns))
        return cls
    def __init__(cls, name, bases, ns):
        print("init: ns", sys.getrefcount(ns), "cls", sys.getrefcount(cls))
        super().__init__(name, bases, ns)
class Base:
    pass
class A(Base, metaclass=Meta):
    x = [1, 2]
print(sys.getrefcount(A), sys.getrefcount(A.x))
