records = """2024-01-03,widget,4,2.50
2024-01-03,gadget,1,10.00
2024-01-04,widget,2,2.50
bad line
2024-01-05,gizmo,3,7.25
2024-01-05,gadget,2,10.00""".splitlines()

def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(",")
        if len(parts) != 4:
            print(f"skipping line {n}: {line!r}")
            continue
        day, product, qty, price = parts
        yield day, product, int(qty), float(price)

def totals(rows):
    for day, product, qty, price in rows:
        yield day, product, qty * price

def only(product, rows):
    return (r for r in rows if r[1] == product)

pipeline = totals(parse(records))
grand = 0.0
for day, product, amount in pipeline:
    grand += amount
    print(f"{day} {product:<7}{amount:>8.2f}")
print(f"{'total':<18}{grand:>8.2f}")
print("gadget only:", [round(a, 2) for _, _, a in only("gadget", totals(parse(records)))])
