from collections import namedtuple
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for d in sorted(by_dept):
    print(d, [e.name for e in by_dept[d]], sum(e.salary for e in by_dept[d]))
raised = staff[1]._replace(salary=95)
print(raised, raised._asdict())
print(Employee._fields, staff[0][0], len(staff[0]))
name, dept, sal = staff[2]
print(name, dept, sal)
