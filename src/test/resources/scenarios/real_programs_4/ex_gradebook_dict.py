grades = {
    "ana": {"math": 91, "art": 78, "bio": 85},
    "ben": {"math": 64, "art": 88},
    "cho": {"math": 77, "art": 95, "bio": 70, "pe": 100},
}

def letter(score):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return l
    return "F"

subjects = sorted({s for g in grades.values() for s in g})
print("student " + "".join(f"{s:>6}" for s in subjects) + "   avg")
for name, g in grades.items():
    cells = "".join(f"{g.get(s, '-'):>6}" for s in subjects)
    avg = sum(g.values()) / len(g)
    print(f"{name:<8}{cells}{avg:6.1f} {letter(avg)}")
for s in subjects:
    scores = [g[s] for g in grades.values() if s in g]
    top = max((n for n in grades if s in grades[n]), key=lambda n: grades[n][s])
    print(f"{s}: n={len(scores)} mean={sum(scores)/len(scores):.1f} top={top}")
curved = {n: {s: min(100, v + 5) for s, v in g.items()} for n, g in grades.items()}
print(curved["ben"], grades["ben"])
