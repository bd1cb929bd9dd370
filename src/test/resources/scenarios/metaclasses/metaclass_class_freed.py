import gc, sys
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(sys.getrefcount(Meta))
del B
print(gc.collect(), sys.getrefcount(Meta))
del A
print(gc.collect(), sys.getrefcount(Meta))
print(gc.get_count())
