# Alternative constructors on a float subclass.
class Temperature(float):
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return f"{float(self):.1f}C"


boiling = Temperature.from_fahrenheit(212)
body = Temperature(37)
print(boiling, body, type(boiling).__name__, boiling.fahrenheit, body.fahrenheit)
print(str(boiling), repr(boiling), [str(t) for t in sorted([boiling, body])])
print(int(boiling), round(body, 1), Temperature("21.5"), Temperature(), boiling == 100)
