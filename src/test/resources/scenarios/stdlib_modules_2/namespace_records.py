# A list of records as namespaces: sorting, grouping and a report.
import sys
from types import SimpleNamespace

rows = [("Ana", "math", 91), ("Ben", "art", 78), ("Cai", "math", 85), ("Dee", "art", 88)]
students = [SimpleNamespace(name=n, subject=s, score=sc) for n, s, sc in rows]
students.sort(key=lambda st: st.score, reverse=True)
for st in students:
    print(f"{st.name:<5}{st.subject:<6}{st.score}")
by_subject = {}
for st in students:
    by_subject.setdefault(st.subject, []).append(st)
for subject, group in by_subject.items():
    best = max(group, key=lambda st: st.score)
    print(subject, len(group), best.name)
top = students[0]
print(sys.getrefcount(top))
del students
print(sys.getrefcount(top))
print(top)
