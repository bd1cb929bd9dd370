import gc, sys
gc.collect()
class Meta(type):
    def describe(cls):
        return cls.__name__
    def __repr__(cls):
        return "M"
print("after class Meta:", gc.get_count())
gc.collect()
class A(metaclass=Meta):
    def method(self):
        return 1
    x = [1, 2]
print("after class A:", gc.get_count())
print(sys.getrefcount(A), sys.getrefcount(Meta))
