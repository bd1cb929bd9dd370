# A nested dict lookup with a missing inner key.
inventory = {
    "fruit": {"apple": 5, "pear": 2},
    "veg": {"leek": 1},
}
for section, items in inventory.items():
    print(section, sorted(items))
print(inventory["fruit"]["apple"])
print(inventory["veg"]["carrot"])
