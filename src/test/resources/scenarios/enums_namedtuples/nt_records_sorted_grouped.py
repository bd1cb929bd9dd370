import sys
import gc
from typing import NamedTuple


class Student(NamedTuple):
    name: str
    grade: int
    house: str = "none"


roster = [
    Student("ana", 91, "red"),
    Student("ben", 78, "blue"),
    Student("cai", 85, "red"),
    Student("dee", 91),
    Student("eli", 60, "blue"),
]
by_grade = sorted(roster, key=lambda s: (-s.grade, s.name))
print([s.name for s in by_grade])
print(max(roster, key=lambda s: s.grade))
houses = {}
for s in roster:
    houses.setdefault(s.house, []).append(s)
for house, members in sorted(houses.items()):
    print(house, [m.name for m in members], sum(m.grade for m in members))
print(sys.getrefcount(roster[0]), sys.getrefcount(Student))
index = {s.name: s for s in roster}
print(index["cai"], sys.getrefcount(roster[2]))
print(sorted(roster)[0], Student("ana", 91, "red") in roster)
del index, houses, by_grade
print(sys.getrefcount(roster[2]), gc.is_tracked(roster[0]))
print(gc.collect())
