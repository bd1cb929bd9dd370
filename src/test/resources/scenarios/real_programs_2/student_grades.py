students = [
    {"name": "Ana", "scores": [88, 92, 79]},
    {"name": "Ben", "scores": [72, 65, 80]},
    {"name": "Cleo", "scores": [95, 98, 91]},
]
def grade(avg):
    for limit, letter in ((90, "A"), (80, "B"), (70, "C")):
        if avg >= limit:
            return letter
    return "F"
for s in students:
    avg = sum(s["scores"]) / len(s["scores"])
    s["avg"] = round(avg, 1)
    print(f"{s['name']:<6}{avg:6.1f} {grade(avg)}")
best = max(students, key=lambda s: s["avg"])
print("best:", best["name"])
by_grade = {}
for s in students:
    by_grade.setdefault(grade(s["avg"]), []).append(s["name"])
print(by_grade)
print(sorted(students, key=lambda s: s["avg"], reverse=True)[0]["name"])
