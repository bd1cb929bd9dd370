# grades with chained comparisons and ternaries
def grade(score):
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    return ("A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D" if score >= 60 else "F")
scores = [95, 83, 71, 65, 12, 100, 0]
print([grade(s) for s in scores])
dist = {}
for g in map(grade, scores):
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
try:
    grade(101)
except ValueError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c")
print(all(0 <= s <= 100 for s in scores), any(s > 99 for s in scores))
print(max(scores), min(scores), sorted(scores)[len(scores) // 2])
