from abc import ABC, abstractmethod

class Employee(ABC):
    _next_id = 100

    def __init__(self, name):
        self.name = name
        self.id = Employee._next_id
        Employee._next_id += 1

    @abstractmethod
    def pay(self):
        ...

    def __str__(self):
        return f"#{self.id} {self.name:<8} {type(self).__name__:<11} {self.pay():>9,.2f}"

class Salaried(Employee):
    def __init__(self, name, annual):
        super().__init__(name)
        self.annual = annual
    def pay(self):
        return self.annual / 12

class Hourly(Employee):
    def __init__(self, name, rate, hours):
        super().__init__(name)
        self.rate, self.hours = rate, hours
    def pay(self):
        overtime = max(0, self.hours - 160)
        return self.rate * (self.hours - overtime) + self.rate * 1.5 * overtime

class Commissioned(Salaried):
    def __init__(self, name, annual, sales, pct=0.05):
        super().__init__(name, annual)
        self.sales, self.pct = sales, pct
    def pay(self):
        return super().pay() + self.sales * self.pct

staff = [
    Salaried("Ann", 60000),
    Hourly("Bob", 22.5, 172),
    Commissioned("Cy", 36000, 81000),
    Hourly("Dee", 30, 120),
]
for e in staff:
    print(e)
total = sum(e.pay() for e in staff)
print(f"{'payroll':>32} {total:>9,.2f}")
try:
    Employee("nobody")
except TypeError as err:
    print("TypeError:", err)
by_type = {}
for e in staff:
    by_type.setdefault(type(e).__name__, []).append(e.name)
print(by_type)
print(Commissioned.__mro__[1].__name__, isinstance(staff[2], Salaried))
