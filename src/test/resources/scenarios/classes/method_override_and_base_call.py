# A subclass overrides a method and can call the base class's version explicitly or with super().
class Employee:
    def __init__(self, name, pay):
        self.name = name
        self.pay = pay
    def describe(self):
        return self.name + " earns " + str(self.pay)
class Manager(Employee):
    def __init__(self, name, pay, reports):
        Employee.__init__(self, name, pay)
        self.reports = reports
    def describe(self):
        return super().describe() + " and manages " + str(len(self.reports))
staff = [Employee("ann", 10), Manager("bob", 20, ["ann"])]
for e in staff:
    print(e.describe())
