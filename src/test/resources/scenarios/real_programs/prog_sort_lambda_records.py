# sorting records
students = [
    ("john", "A", 15),
    ("jane", "B", 12),
    ("dave", "B", 10),
    ("anna", "A", 12),
]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (s[1], -s[2])))
from operator import itemgetter, attrgetter
print(sorted(students, key=itemgetter(1, 0)))

class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))

objs = [Student(*s) for s in students]
print(sorted(objs, key=attrgetter("age"), reverse=True))
names = [s.name for s in objs]
names.sort(key=str.upper)
print(names)
print(list(reversed(names)), names.index("john"))
pairs = list(enumerate(names))
print(pairs[-1], dict(pairs)[2])
print(sorted("This is a test string from Andrew".split(), key=str.lower))
