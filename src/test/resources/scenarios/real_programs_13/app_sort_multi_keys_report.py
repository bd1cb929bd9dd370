from operator import itemgetter, attrgetter

rows = [
    ("Kim", "Sales", 52000, 3),
    ("Lee", "Eng", 88000, 5),
    ("Ana", "Eng", 88000, 2),
    ("Bo", "Sales", 61000, 7),
    ("Cy", "Ops", 45000, 1),
    ("Di", "Eng", 95000, 4),
]
print("dept asc, salary desc, name asc:")
for r in sorted(rows, key=lambda r: (r[1], -r[2], r[0])):
    print(" ", r)
print("two stable passes:")
by = sorted(rows, key=itemgetter(0))
by.sort(key=itemgetter(2), reverse=True)
by.sort(key=itemgetter(1))
print(" ", [r[0] for r in by])
print("max years per dept:")
best = {}
for r in rows:
    if r[1] not in best or r[3] > best[r[1]][3]:
        best[r[1]] = r
for dept in sorted(best):
    print(f"  {dept:6}{best[dept][0]}")

class Emp:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
    def __repr__(self):
        return self.name
emps = [Emp(r[0], r[1]) for r in rows]
print(sorted(emps, key=attrgetter("dept", "name")))
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
