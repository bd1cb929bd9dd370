# CS1 lab 6: a grade book kept as a dict of lists.
gradebook = {}

def add_score(book, student, score):
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    book.setdefault(student, []).append(score)

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

entries = [("maya", 88), ("liam", 72), ("maya", 95), ("zoe", 64), ("liam", 81),
           ("zoe", 58), ("maya", 91), ("omar", 100), ("liam", 105), ("zoe", 77)]
for name, score in entries:
    try:
        add_score(gradebook, name, score)
    except ValueError as e:
        print("skipped:", e)

print(f"{'Student':<8}{'Scores':<16}{'Avg':>6}  Grade")
for name in sorted(gradebook):
    scores = gradebook[name]
    avg = sum(scores) / len(scores)
    print(f"{name:<8}{str(scores):<16}{avg:>6.1f}  {letter(avg)}")

all_scores = [s for scores in gradebook.values() for s in scores]
print("class average:", round(sum(all_scores) / len(all_scores), 2))
best = max(gradebook, key=lambda n: sum(gradebook[n]) / len(gradebook[n]))
print("top student:", best)
dropped = {n: sorted(s)[1:] if len(s) > 2 else s for n, s in gradebook.items()}
print("lowest dropped:", dropped)
by_grade = {}
for n, s in gradebook.items():
    by_grade.setdefault(letter(sum(s) / len(s)), []).append(n)
print(dict(sorted(by_grade.items())))
print(gradebook.get("nobody", []), "nobody" in gradebook, len(gradebook))
