# Averages per student; one student has no marks, and the comprehension divides by zero.
marks = {"ana": [7, 9, 8], "ben": [5, 6], "cid": []}


def average(values):
    return sum(values) / len(values)


print(f"{'name':<5}{'n':>3}{'avg':>7}")
for name, vals in marks.items():
    if vals:
        print(f"{name:<5}{len(vals):>3}{average(vals):>7.2f}")
report = {name: round(average(vals), 1) for name, vals in marks.items()}
print(report)
