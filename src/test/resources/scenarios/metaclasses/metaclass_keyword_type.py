import gc, sys
gc.collect()
class A(metaclass=type):
    pass
print("after class A(metaclass=type):", gc.get_count())
print(type(A) is type, sys.getrefcount(A))
