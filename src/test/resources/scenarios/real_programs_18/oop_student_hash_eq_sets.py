# Students in sets and dict keys: __eq__ and __hash__ together, and what breaks without them.
class StudentNoHash:
    def __init__(self, sid, name):
        self.sid, self.name = sid, name

    def __eq__(self, other):
        return isinstance(other, StudentNoHash) and self.sid == other.sid

class Student:
    def __init__(self, sid, name):
        self.sid, self.name = sid, name

    def __eq__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.sid == other.sid

    def __hash__(self):
        return hash(self.sid)

    def __repr__(self):
        return f"Student({self.sid}, {self.name!r})"

class Plain:
    pass

roster = {Student(1, "ana"), Student(2, "bo"), Student(1, "ana again")}
print(len(roster), sorted(roster, key=lambda s: s.sid))
print(Student(2, "?") in roster, Student(3, "?") in roster)
grades = {Student(1, "ana"): "A"}
grades[Student(1, "x")] = "B"
print(grades)
print(Student(1, "a") == Student(1, "b"), Student(1, "a") != Student(2, "a"), Student(1, "a") == 1)
try:
    {StudentNoHash(1, "ana")}
except TypeError as e:
    print("TypeError:", e)
print(StudentNoHash.__hash__ is None, Plain.__hash__ is object.__hash__)
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}))
a = [Student(5, "e"), Student(4, "d")]
print(a.index(Student(4, "zz")), a.count(Student(5, "q")), Student(4, "d") in a)
try:
    sorted(a)
except TypeError as e:
    print("TypeError:", e)
