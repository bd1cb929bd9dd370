# Dict and set comprehensions on a class roster: inverted index, filtering, nested comprehensions.
students = {
    "amy": {"math": 91, "art": 78, "bio": 85},
    "raj": {"math": 67, "bio": 88},
    "lee": {"art": 95, "math": 72, "chem": 81},
    "eva": {"chem": 90, "bio": 79, "math": 99},
}
subjects = sorted({s for grades in students.values() for s in grades})
print(subjects)
averages = {name: round(sum(g.values()) / len(g), 1) for name, g in students.items()}
print(averages)
top = {name for name, avg in averages.items() if avg >= 85}
print(sorted(top))
by_subject = {subj: {n: g[subj] for n, g in students.items() if subj in g} for subj in subjects}
for subj, scores in by_subject.items():
    best = max(scores, key=scores.get)
    print(f"{subj:<5} n={len(scores)} best={best}({scores[best]}) mean={sum(scores.values()) / len(scores):.2f}")
inverted = {}
for name, g in students.items():
    for subj in g:
        inverted.setdefault(subj, []).append(name)
print({k: sorted(v) for k, v in sorted(inverted.items())})
letters = {n: ("A" if a >= 90 else "B" if a >= 80 else "C") for n, a in averages.items()}
print(letters)
swapped = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(swapped)
squares = {x: x * x for x in range(6) if x % 2}
print(squares, {x % 4 for x in range(20)}, sorted({len(n) for n in students}))
matrix = [[r * c for c in range(1, 5)] for r in range(1, 4)]
print(matrix, [[row[i] for row in matrix] for i in range(4)])
print({(r, c) for r in range(3) for c in range(3) if r == c} == {(0, 0), (1, 1), (2, 2)})
nums = [4, 8, 15, 16, 23, 42]
print({n: [d for d in range(2, n) if n % d == 0] for n in nums if n < 20})
