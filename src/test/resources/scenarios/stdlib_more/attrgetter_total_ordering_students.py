# a Student class ordered with total_ordering, sorted directly and with attrgetter keys; a derived comparison passes NotImplemented on for a foreign operand
import sys
from functools import total_ordering
from operator import attrgetter

@total_ordering
class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
    def __eq__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade == other.grade
    def __lt__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade < other.grade
    def __repr__(self):
        return f"{self.name}({self.grade})"

group = [Student("ann", 7), Student("bo", 9), Student("cy", 7), Student("di", 5)]
print(sorted(group))
print(sorted(group, key=attrgetter("name"), reverse=True))
print(max(group), min(group), group[0] >= group[2], group[0] > group[2])
print(group[1].__ge__("x"), group[1] == "x")
print("student refcount", sys.getrefcount(group[0]))
