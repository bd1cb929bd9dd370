# Inventory with a dict of dicts, a restock rule, and a table printed with ljust/rjust/center.
inventory = {
    "widget": {"qty": 12, "price": 2.5, "min": 10},
    "gadget": {"qty": 3, "price": 19.99, "min": 5},
    "doohickey": {"qty": 0, "price": 7.25, "min": 4},
    "gizmo": {"qty": 40, "price": 0.99, "min": 20},
}


def restock(inv, batch=10):
    ordered = {}
    for name, item in inv.items():
        if item["qty"] < item["min"]:
            need = item["min"] - item["qty"]
            boxes = -(-need // batch)
            item["qty"] += boxes * batch
            ordered[name] = boxes * batch
    return ordered


def table(inv):
    header = "Item".ljust(12) + "Qty".rjust(6) + "Price".rjust(9) + "Value".rjust(10)
    print(header)
    print("=" * len(header))
    total = 0
    for name in sorted(inv):
        item = inv[name]
        value = item["qty"] * item["price"]
        total += value
        print(name.title().ljust(12) + str(item["qty"]).rjust(6)
              + f"{item['price']:.2f}".rjust(9) + f"{value:.2f}".rjust(10))
    print("=" * len(header))
    print("TOTAL".center(27, ".") + f"{total:10.2f}")


table(inventory)
orders = restock(inventory)
print("ordered:", orders)
table(inventory)
low = [n for n, i in inventory.items() if i["qty"] < 2 * i["min"]]
print("still lowish:", low)
print("most valuable:", max(inventory, key=lambda n: inventory[n]["qty"] * inventory[n]["price"]))
