rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
print(f"{'Name':<12}|{'Qty':>5}|{'Price':>9}")
print("-" * 28)
for name, q, p in rows:
    print(f"{name:<12}|{q:>5}|{p:>9.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'Total':<12}|{'':>5}|{total:>9.2f}")
print("%s has %d items at %.1f" % rows[0])
print("{0}-{1}-{0}".format("a", "b"), "{name}!".format(name="x"))
print(f"{1234567:,}", f"{0.25:.0%}", f"{255:x}", f"{7:03d}", f"{'hi'!r}")
