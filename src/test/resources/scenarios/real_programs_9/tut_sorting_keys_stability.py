from operator import itemgetter, attrgetter
from functools import cmp_to_key

students = [
    ("dave", "B", 10), ("jane", "A", 12), ("john", "A", 15), ("anna", "C", 12), ("zed", "B", 10),
]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=lambda s: (-s[2], s[0])))
by_grade = sorted(students, key=itemgetter(0))
by_grade.sort(key=itemgetter(1))
print([s[0] for s in by_grade])


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return repr((self.name, self.grade, self.age))


objs = [Student(*s) for s in students]
print(sorted(objs, key=attrgetter("grade", "age"), reverse=True))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
print(sorted(words, key=str.lower), sorted(["b", "A", "c", "B"], key=str.casefold), sorted(["b", "A", "c", "B"]))
print(sorted([3, -1, -4, 2], key=abs), max(words, key=len), min(words, key=lambda w: w[-1]))
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), sorted(data.items(), key=itemgetter(1), reverse=True))
mixed = ["10", "9", "100", "1"]
print(sorted(mixed), sorted(mixed, key=int), sorted(mixed, key=lambda s: (len(s), s)))
