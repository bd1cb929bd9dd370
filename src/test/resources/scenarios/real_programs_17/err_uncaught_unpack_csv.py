# Parsing "name,score" lines: one line has an extra comma and tuple unpacking fails.
rows = """ada,91
grace,88
linus,79
guido,van,rossum,95""".splitlines()

scores = {}
for row in rows[:3]:
    name, score = row.split(",")
    scores[name] = int(score)
print(scores, sum(scores.values()) / len(scores))
best = max(scores, key=scores.get)
print("best:", best)
for row in rows:
    name, score = row.split(",")
    print(name.title(), score)
