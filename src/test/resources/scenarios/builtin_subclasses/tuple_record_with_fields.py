# A record on tuple with named accessors, a __dict__ for extras, and a custom __eq__.
import sys, gc


class Employee(tuple):
    def __new__(cls, name, salary):
        return super().__new__(cls, (name, salary))

    name = property(lambda self: self[0])
    salary = property(lambda self: self[1])

    def __eq__(self, other):
        return isinstance(other, Employee) and self.name == other.name

    __hash__ = tuple.__hash__


staff = [Employee("ann", 5000), Employee("bob", 4200)]
staff[0].team = "core"
print(staff[0].name, staff[0].salary, staff[0].team, staff[1].__dict__)
print(Employee("ann", 1) == staff[0], Employee("ann", 1) == ("ann", 1), ("ann", 5000) == staff[0])
print(len({Employee("ann", 1), Employee("ann", 2)}), hash(staff[1]) == hash(("bob", 4200)))
print(sorted(staff, key=lambda e: e.salary), sys.getsizeof(staff[0]), gc.is_tracked(staff[1]))
total = sum(e.salary for e in staff)
print(total, max(staff, key=lambda e: e.salary).name)
