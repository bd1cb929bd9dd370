import gc
import weakref

made = []


class Shape:
    def __init_subclass__(cls, sides, **kwargs):
        super().__init_subclass__(**kwargs)
        if sides < 3:
            raise ValueError(f"{cls.__name__} needs at least 3 sides, got {sides}")
        cls.sides = sides
        made.append(weakref.ref(cls))


class Triangle(Shape, sides=3):
    pass


try:
    class Line(Shape, sides=2):
        pass
except ValueError as e:
    print("ValueError:", e)

try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)

print(Triangle.sides, len(made))
print([r().__name__ for r in made])
del Triangle
gc.collect()
print([r() for r in made])
