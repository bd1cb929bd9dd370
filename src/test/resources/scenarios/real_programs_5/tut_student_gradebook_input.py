def read_records():
    n = int(input("How many students? "))
    records = []
    for i in range(n):
        line = input(f"Student {i + 1} (name scores...): ")
        name, *scores = line.split()
        records.append((name, [int(s) for s in scores]))
    return records

def letter(avg):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return mark
    return "F"

records = read_records()
print()
print(f"{'Name':<10}{'Avg':>7}{'Best':>6}  Grade")
class_scores = []
for name, scores in records:
    avg = sum(scores) / len(scores) if scores else 0.0
    class_scores.extend(scores)
    print(f"{name:<10}{avg:>7.2f}{max(scores, default=0):>6}  {letter(avg)}")
print(f"class average {sum(class_scores) / len(class_scores):.3f} over {len(class_scores)} scores")
ranked = sorted(records, key=lambda r: sum(r[1]) / max(len(r[1]), 1), reverse=True)
print("ranking:", ", ".join(name for name, _ in ranked))
while True:
    try:
        query = input("lookup: ").strip()
    except EOFError:
        break
    found = dict(records).get(query)
    print(f"{query}: {found}" if found is not None else f"{query}: not found")
