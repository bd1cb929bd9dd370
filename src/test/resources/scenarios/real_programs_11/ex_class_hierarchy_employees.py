class Employee:
    raise_pct = 0.03
    headcount = 0

    def __init__(self, name: str, salary: int):
        self.name = name
        self.salary = salary
        Employee.headcount += 1

    def give_raise(self):
        self.salary = int(self.salary * (1 + self.raise_pct))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.salary})"

    def __str__(self):
        return f"{self.name} earns {self.salary:,}"

class Manager(Employee):
    raise_pct = 0.08

    def __init__(self, name, salary, reports=None):
        super().__init__(name, salary)
        self.reports = list(reports or [])

    def add(self, emp):
        if emp not in self.reports:
            self.reports.append(emp)

class Intern(Employee):
    def give_raise(self):
        print(f"{self.name} gets a mug instead")

dev = Employee("Ivy", 85000)
intern = Intern("Jo", 20000)
boss = Manager("Kim", 120000, [dev])
boss.add(intern)
boss.add(dev)
for person in (dev, intern, boss):
    person.give_raise()
    print(person)
print(repr(boss), boss.reports)
print(Employee.headcount, Manager.__mro__[1].__name__, isinstance(boss, Employee))
print(sorted([dev, intern, boss], key=lambda e: e.salary))
