# CS1 grade book: functions, tuples, sorting with keys, letter grades, and a formatted report.
SCORES = [
    ("Nguyen", "Ha", [88, 92, 79, 95]),
    ("Smith", "Jo", [72, 65, 80, 70]),
    ("Garcia", "Luz", [95, 98, 100, 91]),
    ("Okafor", "Chi", [60, 58, 75, 64]),
    ("Smith", "Al", [85, 85, 85, 85]),
]
WEIGHTS = (0.2, 0.2, 0.25, 0.35)
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def weighted(scores):
    return sum(s * w for s, w in zip(scores, WEIGHTS))


def letter(avg):
    for cut, grade in CUTOFFS:
        if avg >= cut:
            return grade


def report(rows):
    print(f"{'Name':<14}{'Scores':<18}{'Avg':>6} Gr")
    for last, first, scores in rows:
        avg = weighted(scores)
        print(f"{last + ', ' + first:<14}{' '.join(f'{s:3d}' for s in scores):<18}{avg:6.2f} {letter(avg)}")


report(sorted(SCORES))
print()
report(sorted(SCORES, key=lambda r: weighted(r[2]), reverse=True))
avgs = [weighted(s) for _, _, s in SCORES]
print(f"class mean {sum(avgs) / len(avgs):.3f}, spread {max(avgs) - min(avgs):.2f}")
dist = {g: 0 for _, g in CUTOFFS}
for a in avgs:
    dist[letter(a)] += 1
print(dist)
best_each = [max(s[i] for _, _, s in SCORES) for i in range(len(WEIGHTS))]
print("best per test:", best_each, "who:", [max(SCORES, key=lambda r: r[2][i])[1] for i in range(4)])
improved = [f for l, f, s in SCORES if s[-1] > s[0]]
print("improved:", improved)
first, *middle, last = SCORES[0][2]
print(first, middle, last, divmod(sum(SCORES[0][2]), len(SCORES[0][2])))
