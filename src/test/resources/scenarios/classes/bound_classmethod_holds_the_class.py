# A classmethod taken from the class is a bound method holding the class (+1 while it lives).
import sys
class Factory:
    @classmethod
    def build(cls):
        return cls
print(sys.getrefcount(Factory))
m = Factory.build
print(sys.getrefcount(Factory), m() is Factory)
del m
print(sys.getrefcount(Factory))
