import gc, sys
gc.collect()
class Meta(type):
    pass
print("after class Meta(type):", gc.get_count())
print("refcount of Meta:", sys.getrefcount(Meta))
print("size of Meta:", sys.getsizeof(Meta))
gc.collect()
class A(metaclass=Meta):
    pass
print("after class A(metaclass=Meta):", gc.get_count())
print("refcount of A:", sys.getrefcount(A), "of Meta:", sys.getrefcount(Meta))
print("size of A:", sys.getsizeof(A))
