import gc


class Department:
    def __init__(self, name):
        self.name = name
        self.staff = []

    def hire(self, *names):
        for n in names:
            self.staff.append(Employee(n, self))

    def __del__(self):
        print("department", self.name, "dissolved")


class Employee:
    def __init__(self, name, dept):
        self.name = name
        self.dept = dept

    def __del__(self):
        print("employee", self.name, "leaves")


gc.collect()
d = Department("R&D")
d.hire("kim", "lou", "max")
print([e.name for e in d.staff])
print("tracked:", gc.is_tracked(d), gc.is_tracked(d.staff))
del d
print("after del: nothing printed yet")
print("unreachable found:", gc.collect())
print("garbage left:", gc.garbage)
print("second collect:", gc.collect())
