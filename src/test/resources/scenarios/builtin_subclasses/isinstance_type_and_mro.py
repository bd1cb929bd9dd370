# type(), isinstance and the class hierarchy of builtin subclasses.
class Meters(float):
    pass


class Name(str):
    pass


class Row(tuple):
    pass


m = Meters(3.0)
print(type(m), type(m) is Meters, type(m) is float, isinstance(m, float), isinstance(m, (int, str)))
print(issubclass(Meters, float), issubclass(Name, str), issubclass(Row, tuple), issubclass(Row, list))
print(Meters.__mro__, Name.__bases__, Row.__base__)
print(Meters.__name__, m.__class__.__name__, type(Name("a")).__mro__)
print(isinstance(Name("x"), str), isinstance(Row(), tuple), isinstance(3, Meters))
