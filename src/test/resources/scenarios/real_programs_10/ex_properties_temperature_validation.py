class Employee:
    raise_pct = 1.04
    _registry = []

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee._registry.append(self)

    @property
    def email(self):
        return f"{self.first}.{self.last}@example.com".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    @fullname.deleter
    def fullname(self):
        print("Delete name!")
        self.first = self.last = None

    @property
    def pay(self):
        return self._pay

    @pay.setter
    def pay(self, value):
        if value < 0:
            raise ValueError("pay cannot be negative")
        self._pay = int(value)

    def apply_raise(self):
        self.pay = self.pay * self.raise_pct

    @classmethod
    def from_string(cls, s):
        first, last, pay = s.split("-")
        return cls(first, last, int(pay))

    @staticmethod
    def is_workday(weekday):
        return weekday < 5

emp = Employee("Corey", "Schafer", 50000)
emp.fullname = "Jim Beam"
print(emp.first, emp.email, emp.fullname)
emp.apply_raise()
print(emp.pay)
del emp.fullname
print(emp.first, emp.last)
e2 = Employee.from_string("Steve-Smith-30000")
print(e2.fullname, e2.pay, Employee.is_workday(6))
try:
    e2.pay = -1
except ValueError as err:
    print("error:", err)
try:
    e2.email = "x"
except AttributeError as err:
    print("AttributeError:", err)
print(len(Employee._registry), type(Employee.__dict__["pay"]).__name__)
print(sorted(k for k in vars(e2)))
