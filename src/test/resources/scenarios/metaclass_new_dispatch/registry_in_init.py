# The registry kept by the metaclass's __init__.
import gc, sys
class RegisterMeta(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        RegisterMeta.classes.append(cls)
gc.collect()
class Shape(metaclass=RegisterMeta):
    pass
print(gc.get_count())
class Circle(Shape):
    sides = 0
print(gc.get_count())
print([c.__name__ for c in RegisterMeta.classes])
print(sys.getrefcount(Circle), sys.getrefcount(Shape))
del Circle
print(gc.collect(), len(RegisterMeta.classes))
RegisterMeta.classes.pop()
print(gc.collect(), len(RegisterMeta.classes))
