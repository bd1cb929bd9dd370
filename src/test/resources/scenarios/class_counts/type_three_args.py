# type(name, bases, dict): type_new without a class statement.
import gc

gc.collect()
print(gc.get_count())
Point = type("Point", (), {"x": 0, "y": 0})
print(gc.get_count())
Point3 = type("Point3", (Point,), {"z": 0})
print(gc.get_count())
print(Point3.__mro__, Point3().x)
