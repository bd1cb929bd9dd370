import sys

GRADES = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

def letter(score):
    for cutoff, g in GRADES:
        if score >= cutoff:
            return g

def load(raw):
    students = {}
    for lineno, line in enumerate(raw.strip().splitlines(), 1):
        name, *marks = line.split(",")
        try:
            students[name.strip()] = [float(m) for m in marks]
        except ValueError:
            print(f"line {lineno}: bad mark in {line!r}", file=sys.stderr)
    return students

def report(students):
    print("%-8s %6s %5s" % ("name", "avg", "grade"))
    for name, marks in sorted(students.items()):
        avg = sum(marks) / len(marks)
        print("%-8s %6.1f %5s" % (name, avg, letter(avg)))

def main():
    raw = """ann, 91, 88, 95
bob, 72, 65, 80
cy, 55, 61, x
dee, 100, 99, 98
"""
    students = load(raw)
    if not students:
        sys.exit("no students")
    report(students)
    failing = [n for n, m in students.items() if sum(m) / len(m) < 60]
    if failing:
        print("failing:", failing)
        return 1
    print("everyone passed")
    return 0

if __name__ == "__main__":
    sys.exit(main())
