from collections import namedtuple

class Student(namedtuple('Student', 'name grade age', defaults=[18])):
    __slots__ = ()

    def passed(self):
        return self.grade >= 50

people = [Student('ann', 72), Student('bob', 45, 20), Student('cy', 90, 19), Student('dee', 45)]
print(sorted(people))
print(sorted(people, key=lambda s: (-s.grade, s.name)))
print([s.name for s in people if s.passed()])
print(min(people, key=lambda s: s.age), max(people))
names, grades, ages = zip(*people)
print(names, grades, ages)
print(dict((s.name, s) for s in people)['cy'])
