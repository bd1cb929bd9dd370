from itertools import groupby, accumulate
from operator import itemgetter

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
    ("2024-02", "south", 95), ("2024-02", "east", 40), ("2024-03", "north", 90),
]
print("by month:")
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    total = sum(r[2] for r in rows)
    print(f"  {month}: {total:>4} from {len(rows)} regions")

print("by region:")
for region, rows in groupby(sorted(sales, key=itemgetter(1)), key=itemgetter(1)):
    amounts = [r[2] for r in rows]
    print(f"  {region:<6}{amounts} running={list(accumulate(amounts))}")

monthly = [sum(r[2] for r in g) for _, g in groupby(sales, key=itemgetter(0))]
print("growth:", [b - a for a, b in zip(monthly, monthly[1:])])
print(["".join(g) for _, g in groupby("aaabccdddd")])
