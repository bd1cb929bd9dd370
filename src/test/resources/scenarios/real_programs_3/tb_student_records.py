from collections import defaultdict, namedtuple

Student = namedtuple("Student", ["name", "year", "scores"])

students = [
    Student("Ann", 2, [88, 92, 79]),
    Student("Ben", 1, [72, 65, 80]),
    Student("Cal", 2, [95, 98, 91]),
    Student("Dee", 1, [60, 58, 70]),
]

def average(xs):
    return sum(xs) / len(xs)

by_year = defaultdict(list)
for s in students:
    by_year[s.year].append(s)
for year in sorted(by_year):
    names = ", ".join(s.name for s in by_year[year])
    print(f"Year {year}: {names}")
ranked = sorted(students, key=lambda s: average(s.scores), reverse=True)
for rank, s in enumerate(ranked, 1):
    print(f"{rank}. {s.name:<4} {average(s.scores):6.2f}")
best = max(students, key=lambda s: max(s.scores))
print(best.name, best._asdict()["year"], best._replace(year=3).year)
print(Student._fields, len(students[0]))
passed = [s.name for s in students if all(x >= 60 for x in s.scores)]
print(passed)
print(dict(by_year).keys())
