# Properties in a class body: type_new calls property's __set_name__ too.
import gc

gc.collect()
before = gc.get_count()[0]


class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r


print("property:", gc.get_count()[0] - before)
before = gc.get_count()[0]


class Square:
    @property
    def side(self):
        return 2

    @side.setter
    def side(self, value):
        pass


print("property with setter:", gc.get_count()[0] - before)
print(Circle(3).radius, Square().side)
