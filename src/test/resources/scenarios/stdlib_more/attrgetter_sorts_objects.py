# attrgetter as the key of sorted, min and max over a list of objects, with one name, several names and a dotted name
import sys
import gc
from operator import attrgetter

class Address:
    def __init__(self, city):
        self.city = city

class Student:
    def __init__(self, name, grade, city):
        self.name = name
        self.grade = grade
        self.address = Address(city)
    def __repr__(self):
        return f"Student({self.name!r})"

students = [Student("Ann", 88, "Ghent"), Student("Bo", 72, "Antwerp"), Student("Cy", 88, "Brussels")]
by_grade = attrgetter("grade")
print(repr(by_grade), sys.getsizeof(by_grade), gc.is_tracked(by_grade))
print(sorted(students, key=by_grade))
print(sorted(students, key=attrgetter("grade", "name"), reverse=True))
city = attrgetter("address.city")
print(repr(city), city(students[0]))
print(sorted(students, key=city))
print(max(students, key=by_grade), min(students, key=attrgetter("name")))
both = attrgetter("name", "address.city")
print(repr(both), both(students[1]))
s = students[0]
print("refcount", sys.getrefcount(s))
