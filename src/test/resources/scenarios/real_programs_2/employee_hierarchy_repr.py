class Employee:
    raise_pct = 1.04
    def __init__(self, first, last, pay):
        self.first, self.last, self.pay = first, last, pay
    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.com".lower()
    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)
    def __repr__(self):
        return f"Employee({self.first!r}, {self.last!r}, {self.pay})"
    def __str__(self):
        return f"{self.first} {self.last} - {self.email}"
class Manager(Employee):
    raise_pct = 1.10
    def __init__(self, first, last, pay, reports=None):
        super().__init__(first, last, pay)
        self.reports = reports or []
e = Employee("Corey", "Schafer", 50000)
m = Manager("Sue", "Smith", 90000, [e])
m.apply_raise(); e.apply_raise()
print(e, repr(e), m.pay, [str(r) for r in m.reports])
print(issubclass(Manager, Employee), isinstance(m, Employee))
