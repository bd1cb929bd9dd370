import sys

class Employee:
    raise_amount = 1.04
    num_of_emps = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.num_of_emps += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@example.com".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_amount)

    @classmethod
    def set_raise_amt(cls, amount):
        cls.raise_amount = amount

    @classmethod
    def from_string(cls, emp_str):
        first, last, pay = emp_str.split("-")
        return cls(first, last, int(pay))

    def __repr__(self):
        return f"Employee('{self.first}', '{self.last}', {self.pay})"

    def __str__(self):
        return f"{self.fullname} - {self.email}"

    def __add__(self, other):
        return self.pay + other.pay

    def __len__(self):
        return len(self.fullname)

class Developer(Employee):
    raise_amount = 1.10
    def __init__(self, first, last, pay, prog_lang):
        super().__init__(first, last, pay)
        self.prog_lang = prog_lang

class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees
    def add_emp(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)
    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname)

e1 = Employee("Corey", "Schafer", 50000)
e2 = Employee.from_string("Steve-Smith-30000")
d1 = Developer("Test", "User", 60000, "Python")
m1 = Manager("Sue", "Smith", 90000, [d1])
m1.add_emp(e2)
m1.print_emps()
Employee.set_raise_amt(1.05)
for e in (e1, e2, d1):
    e.apply_raise()
print(e1.pay, e2.pay, d1.pay, Employee.num_of_emps)
print(repr(e1), str(e2), e1 + e2, len(d1))
e1.fullname = "Corey Jones"
print(e1.email, isinstance(m1, Developer), issubclass(Developer, Employee))
print(sys.getrefcount(d1), Developer.__mro__[1].__name__)
