TAX = 0.0825
catalog = {
    "apple": (0.5, "fruit"),
    "bread": (2.25, "bakery"),
    "cheese": (6.8, "dairy"),
    "milk": (1.99, "dairy"),
}

cart = [("apple", 6), ("bread", 1), ("cheese", 2), ("milk", 3), ("apple", 2)]
merged = {}
for name, qty in cart:
    merged[name] = merged.get(name, 0) + qty

subtotal = 0
print("%-10s %4s %8s %9s" % ("item", "qty", "price", "total"))
print("%s" % ("=" * 34))
for name in sorted(merged):
    price, dept = catalog[name]
    line = price * merged[name]
    subtotal += line
    print("%-10s %4d %8.2f %9.2f" % (name, merged[name], price, line))
tax = subtotal * TAX
print("%-24s %9.2f" % ("subtotal", subtotal))
print("%-24s %9.2f" % ("tax (%.2f%%)" % (TAX * 100), tax))
print("%-24s %9.2f" % ("TOTAL", subtotal + tax))
by_dept = {}
for name, qty in merged.items():
    price, dept = catalog[name]
    by_dept[dept] = by_dept.get(dept, 0) + price * qty
for dept, amount in sorted(by_dept.items(), key=lambda kv: -kv[1]):
    print("%(dept)8s: %(amount)7.2f" % {"dept": dept, "amount": amount})
print("%5.1f%% of spend on dairy" % (100 * by_dept["dairy"] / subtotal))
print("%x %o %e %g %r %c" % (255, 8, 12345.678, 0.00001234, "s", 65))
