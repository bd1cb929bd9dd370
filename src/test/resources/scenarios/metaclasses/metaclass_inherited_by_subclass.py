import gc, sys
class Meta(type):
    pass
class Base(metaclass=Meta):
    pass
print(sys.getrefcount(Meta))
gc.collect()
class Child(Base):
    pass
print("after class Child(Base):", gc.get_count())
gc.collect()
class GrandChild(Child):
    pass
print("after class GrandChild(Child):", gc.get_count())
print(type(Child) is Meta, type(GrandChild) is Meta)
print(sys.getrefcount(Meta), sys.getrefcount(Base), sys.getrefcount(Child))
