n = int(input("How many students? "))
records = []
for i in range(n):
    line = input(f"Student {i + 1} (name score score ...): ")
    name, *scores = line.split()
    scores = [int(s) for s in scores]
    records.append((name, scores))
print()
print(f"{'Name':<10}{'Avg':>6}{'Best':>6}")
for name, scores in sorted(records, key=lambda r: -sum(r[1]) / len(r[1])):
    avg = sum(scores) / len(scores)
    print(f"{name:<10}{avg:>6.1f}{max(scores):>6}")
best = max(records, key=lambda r: max(r[1]))
print("top single score:", best[0])
