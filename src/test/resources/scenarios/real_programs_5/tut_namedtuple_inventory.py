from collections import namedtuple, defaultdict, OrderedDict

Product = namedtuple("Product", "sku name category price stock")
Sale = namedtuple("Sale", ["sku", "qty"], defaults=[1])

catalog = [
    Product("A1", "Mouse", "peripherals", 19.99, 40),
    Product("A2", "Keyboard", "peripherals", 49.5, 15),
    Product("B1", "Monitor", "displays", 189.0, 6),
    Product("B2", "Projector", "displays", 420.0, 2),
    Product("C1", "Cable", "misc", 4.25, 200),
]
by_sku = {p.sku: p for p in catalog}
sales = [Sale("A1", 3), Sale("B2"), Sale("A1", 10), Sale("C1", 50), Sale("B2", 2), Sale("Z9", 1)]

revenue = defaultdict(float)
for sale in sales:
    product = by_sku.get(sale.sku)
    if product is None:
        print(f"unknown sku {sale.sku}")
        continue
    if sale.qty > product.stock:
        print(f"cannot sell {sale.qty} {product.name}: only {product.stock}")
        continue
    by_sku[sale.sku] = product._replace(stock=product.stock - sale.qty)
    revenue[product.category] += sale.qty * product.price

for cat, total in sorted(revenue.items()):
    print(f"{cat:<12}{total:>10.2f}")
low = [p.name for p in by_sku.values() if p.stock < 10]
print("low stock:", low)
print(by_sku["A1"], by_sku["A1"]._asdict()["stock"])
print(Product._fields, Sale._field_defaults)
name, *_, stock = by_sku["C1"]
print(name, stock)
report = OrderedDict(sorted(((p.name, p.stock) for p in by_sku.values()), key=lambda kv: kv[1]))
report.move_to_end("Cable", last=False)
print(list(report.items()))
print(Product._make(["D1", "Hub", "misc", 12.0, 8]))
