# grades report with dicts
grades = {
    "alice": [88, 92, 79],
    "bob": [72, 65, 80],
    "carol": [95, 98, 91],
    "dave": [60, 70, 58],
}
averages = {name: sum(g) / len(g) for name, g in grades.items()}
for name, avg in sorted(averages.items(), key=lambda x: x[1], reverse=True):
    letter = "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "F"
    print(f"{name.capitalize():<6} {avg:6.2f} {letter}")
best = max(averages, key=averages.get)
print("best:", best)
passed = {n for n, a in averages.items() if a >= 70}
print(sorted(passed))
from collections import Counter, defaultdict
letters = Counter("mississippi")
print(letters.most_common(3))
by_len = defaultdict(list)
for w in ["a", "bb", "cc", "ddd", "e"]:
    by_len[len(w)].append(w)
print(dict(by_len))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, list(zip("abc", range(3))))
print(grades.setdefault("erin", []), len(grades))
