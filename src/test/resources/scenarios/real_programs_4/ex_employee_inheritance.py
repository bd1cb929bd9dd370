class Employee:
    raise_rate = 1.04
    _next_id = 1

    def __init__(self, name, pay):
        self.name = name
        self.pay = pay
        self.id = Employee._next_id
        Employee._next_id += 1

    @property
    def email(self):
        return f"{self.name.lower().replace(' ', '.')}@corp.example"

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)

    @classmethod
    def from_string(cls, s):
        name, pay = s.split("-")
        return cls(name, int(pay))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.pay})"

class Developer(Employee):
    raise_rate = 1.10
    def __init__(self, name, pay, lang):
        super().__init__(name, pay)
        self.lang = lang

class Manager(Employee):
    def __init__(self, name, pay, reports=None):
        super().__init__(name, pay)
        self.reports = list(reports or [])
    def add(self, e):
        if e not in self.reports:
            self.reports.append(e)
    def __str__(self):
        return f"{self.name} manages " + ", ".join(r.name for r in self.reports)

d1 = Developer("Ann Lee", 50000, "Python")
d2 = Developer("Raj Patel", 60000, "Go")
e3 = Employee.from_string("Tom Fox-40000")
m = Manager("Sue Kim", 90000, [d1])
m.add(d2); m.add(d1)
for e in (d1, d2, m, e3):
    e.apply_raise()
print(d1, d2, m, sep="\n")
print(m)
print(d2.email, d2.id, getattr(d2, "lang", "n/a"))
print(isinstance(m, Employee), issubclass(Developer, Manager))
print(sorted([d1, d2, m, e3], key=lambda e: e.pay, reverse=True))
