import statistics as st

grades = {
    "ana": [88, 92, 79, 95],
    "ben": [72, 65, 80, 70],
    "cy": [90, 90, 90, 90],
    "dee": [55, 62, 48, 71],
    "eli": [100, 98, 99, 97],
}


def letter(avg):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return mark
    return "F"


report = []
for name, gs in grades.items():
    avg = st.mean(gs)
    report.append((name, avg, st.pstdev(gs), letter(avg)))
report.sort(key=lambda r: r[1], reverse=True)
print(f"{'name':<5}{'avg':>8}{'sd':>8}  grade")
for name, avg, sd, g in report:
    print(f"{name:<5}{avg:>8.2f}{sd:>8.3f}  {g}")
all_scores = [g for gs in grades.values() for g in gs]
print("median", st.median(all_scores), "mode", st.mode(all_scores))
print("quartiles", st.quantiles(all_scores, n=4))
dist = {}
for *_, g in report:
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
best_test = max(range(4), key=lambda i: st.mean(gs[i] for gs in grades.values()))
print("easiest test:", best_test + 1)
print(round(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 6), st.harmonic_mean([40, 60]))
