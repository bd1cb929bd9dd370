import statistics

scores = {}
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    name, *marks = line.split()
    try:
        scores[name] = [int(m) for m in marks]
    except ValueError as e:
        print(f"bad line for {name}: {e}")

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

for name, marks in sorted(scores.items()):
    avg = statistics.mean(marks)
    print(f"{name:<6} {marks!s:<16} avg {avg:6.2f} {letter(avg)}")
all_marks = [m for ms in scores.values() for m in ms]
print(f"median {statistics.median(all_marks)}, stdev {statistics.stdev(all_marks):.3f}")
