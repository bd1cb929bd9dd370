# 3.11 suggests close names when an attribute or a name is misspelt.
class Student:
    def __init__(self, name):
        self.name = name
        self.grades = []

    def add_grade(self, g):
        self.grades.append(g)

s = Student("Ana")
s.add_grade(90)
for attempt in ["s.nmae", "s.grade", "s.add_grades(1)", "[].apend(1)", "'x'.uper()", "{}.iterms()"]:
    try:
        eval_map = {
            "s.nmae": lambda: s.nmae,
            "s.grade": lambda: s.grade,
            "s.add_grades(1)": lambda: s.add_grades(1),
            "[].apend(1)": lambda: [].apend(1),
            "'x'.uper()": lambda: "x".uper(),
            "{}.iterms()": lambda: {}.iterms(),
        }
        eval_map[attempt]()
    except AttributeError as e:
        print(attempt, "->", e, "| name:", e.name)
try:
    print(lenght)
except NameError as e:
    print("NameError:", e, "| name:", e.name)
print(s.grades)
s.grades.add(75)
