months = ["Jan", "Feb", "Mar", "Apr"]
sales = [1200, 950, 1430, 1100]
costs = [800, 700, 900, 1000]
print(f"{'#':>2} {'Month':<5} {'Sales':>7} {'Cost':>6} {'Profit':>7} {'Margin':>7}")
total = 0
for i, (m, s, c) in enumerate(zip(months, sales, costs), 1):
    profit = s - c
    total += profit
    print(f"{i:>2} {m:<5} {s:>7,} {c:>6,} {profit:>+7,} {profit / s:>7.1%}")
print("-" * 38)
best = max(zip(sales, months))
print(f"total profit {total:,}; best month {best[1]} ({best[0]})")
growth = [round((b - a) / a * 100, 1) for a, b in zip(sales, sales[1:])]
print("growth %:", growth)
running = []
acc = 0
for s in sales:
    acc += s
    running.append(acc)
print("running:", running, "avg: %.2f" % (sum(sales) / len(sales)))
table = dict(zip(months, zip(sales, costs)))
print(table["Mar"], sorted(table, key=lambda k: table[k][1], reverse=True))
