def parse_line(line):
    name, _, rest = line.partition(":")
    scores = [int(tok) for tok in rest.replace(",", " ").split()]
    return name.strip().title(), scores

records = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    try:
        records.append(parse_line(line))
    except ValueError as exc:
        print(f"skipping {line!r}: {exc}")

print(f"{'Name':<10}|{'N':>3}|{'Avg':>7}|{'Best':>5}")
print("-" * 28)
for name, scores in sorted(records, key=lambda r: -sum(r[1]) / max(len(r[1]), 1)):
    avg = sum(scores) / len(scores) if scores else 0.0
    print(f"{name:<10}|{len(scores):>3}|{avg:>7.2f}|{max(scores, default=0):>5}")
all_scores = [s for _, sc in records for s in sc]
print("overall mean %.3f over %d scores" % (sum(all_scores) / len(all_scores), len(all_scores)))
