import gc


months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
units = [120, 95, 143, 160, 151, 170]
price = [9.99, 9.99, 10.49, 10.49, 10.99, 10.99]

gc.collect()
revenue = [u * p for u, p in zip(units, price)]
print(f"{'#':>2} {'mon':<4}{'units':>6}{'revenue':>11}{'change':>9}")
prev = None
for i, (m, u, r) in enumerate(zip(months, units, revenue), start=1):
    change = "" if prev is None else f"{(r - prev) / prev:+.1%}"
    print(f"{i:>2} {m:<4}{u:>6}{r:>11,.2f}{change:>9}")
    prev = r
best = max(zip(revenue, months))
print("best month:", best[1], f"{best[0]:.2f}")
quarters = [sum(revenue[i:i + 3]) for i in range(0, 6, 3)]
print("quarters:", [f"{q:,.1f}" for q in quarters])
print("above avg:", [m for m, u in zip(months, units) if u > sum(units) / len(units)])
print(dict(zip(months, units)))
print("count:", gc.get_count())
