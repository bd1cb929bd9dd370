# Records sorted by a field with key=, a typical use of namedtuple.
from collections import namedtuple
Student = namedtuple("Student", "name grade age")
students = [Student("ann", 88, 20), Student("bob", 95, 19), Student("cy", 88, 18)]
for s in sorted(students, key=lambda s: (-s.grade, s.age)):
    print(s.name, s.grade, s.age)
print(max(students, key=lambda s: s.age).name)
print([s.name for s in students if s.grade > 90])
