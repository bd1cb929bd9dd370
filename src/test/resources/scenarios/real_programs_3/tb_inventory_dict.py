inventory = {"apple": 5, "banana": 12, "cherry": 0}

def restock(inv, item, qty):
    inv[item] = inv.get(item, 0) + qty

def sell(inv, item, qty):
    if inv.get(item, 0) < qty:
        raise KeyError(f"not enough {item}")
    inv[item] -= qty
    if inv[item] == 0:
        del inv[item]

restock(inventory, "date", 7)
sell(inventory, "banana", 2)
try:
    sell(inventory, "cherry", 1)
except KeyError as e:
    print("KeyError:", e)
print(inventory)
print(sorted(inventory, key=inventory.get, reverse=True))
print({k: v for k, v in inventory.items() if v > 5})
print(list(inventory.keys()), sum(inventory.values()))
low = [item for item, n in inventory.items() if n < 6]
print(low)
inventory.update(egg=3, apple=1)
print(inventory)
print(inventory.pop("zzz", "none"), inventory.popitem())
for item in sorted(inventory):
    print(f"{item:.<12}{inventory[item]:>4}")
merged = inventory | {"fig": 2}
print(merged == inventory, len(merged))
