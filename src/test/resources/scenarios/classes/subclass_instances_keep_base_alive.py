# Instances hold their class; deleting the names does not free the classes while instances live.
import sys, gc
class Base:
    def __del__(self):
        print("freed an instance")
class Child(Base):
    pass
c = Child()
print(sys.getrefcount(Child), sys.getrefcount(Base))
c2 = Child()
print(sys.getrefcount(Child))
del c
print(sys.getrefcount(Child))
del c2
print(sys.getrefcount(Child))
