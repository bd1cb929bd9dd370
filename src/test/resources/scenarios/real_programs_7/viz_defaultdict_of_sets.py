from collections import defaultdict

enrollments = [
    ("ana", "math"), ("ben", "art"), ("ana", "art"),
    ("cleo", "math"), ("ben", "art"), ("dev", "music"), ("ana", "math"),
]
by_course = defaultdict(set)
by_student = defaultdict(set)
for student, course in enrollments:
    by_course[course].add(student)
    by_student[student].add(course)

for course in sorted(by_course):
    print(f"{course:6} {sorted(by_course[course])}")
for student, courses in sorted(by_student.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(student, len(courses), sorted(courses))
print("math & art:", sorted(by_course["math"] & by_course["art"]))
print("missing course creates entry:", len(by_course["drama"]), sorted(by_course))
