# Classes whose methods use super() made through a metaclass __new__: the __class__ cell.
import gc, sys
class Meta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class Base(metaclass=Meta):
    def hello(self):
        return "base"
gc.collect()
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    def again(self):
        return super().hello()
print(gc.get_count())
c = Child()
print(c.hello(), c.again(), sys.getrefcount(Child))
del c
del Child
print(gc.collect())
