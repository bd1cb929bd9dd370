# alternative constructors and __eq__ with NotImplemented
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)
    def __eq__(self, other):
        if not isinstance(other, Date):
            return NotImplemented
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"
class MyDate(Date):
    pass
a = Date.from_string("2024-03-05")
b = MyDate.from_string("2024-03-05")
print(a, b, a == b, a == "2024-03-05", a != Date.today_like())
print(type(b).__name__, isinstance(b, Date))
print([d.m for d in sorted([a, Date.today_like()], key=lambda d: (d.y, d.m, d.d))])
