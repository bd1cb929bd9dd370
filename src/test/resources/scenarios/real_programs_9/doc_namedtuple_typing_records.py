from collections import namedtuple
from typing import NamedTuple, Optional


Point = namedtuple("Point", "x y")
p = Point(11, y=22)
print(p, p[0] + p[1], p._asdict(), p._replace(x=100), Point._make([3, 4]), Point._fields)
x, y = p
print(x, y, p.x * p.y)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

    def raise_pct(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100)))


staff = [Employee("Ann", "eng", 90000, "Zed"), Employee("Bob", "ops"), Employee("Cid", "eng", 70000)]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(f"{e.name:<4}{e.dept:<4}{e.salary:>7} {e.manager or '-'}")
print(staff[1].raise_pct(10), Employee._field_defaults)
print(Employee._fields)
print(isinstance(staff[0], tuple), len(staff[0]), staff[0] == ("Ann", "eng", 90000, "Zed"))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 0])
print(Color(255), Color(1, 2, 3).blue)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
