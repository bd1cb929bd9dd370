grades = {}
entries = [("math", 90), ("art", 75), ("math", 82), ("cs", 99), ("art", 88), ("cs", 91)]
for subject, score in entries:
    grades.setdefault(subject, []).append(score)
print(grades)
averages = {s: sum(v) / len(v) for s, v in grades.items()}
for subject, avg in sorted(averages.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{subject:<6}{avg:>7.2f}")
inverted = {}
for subject, scores in grades.items():
    for sc in scores:
        inverted[sc] = subject
print(dict(sorted(inverted.items())))
print(max(grades, key=lambda s: max(grades[s])))
copy = {k: v[:] for k, v in grades.items()}
copy["math"].append(100)
print(grades["math"], copy["math"])
print(list(grades.items())[0], len(grades), "cs" in grades, 99 in grades)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts)
